package cn.jixiao.importing;

import cn.jixiao.domain.Project;

/**
 * 导入方式: what becomes of one form: a new project (新建项目), merged into an existing one (合并到 …),
 * or left out (不导入). A unit-level form goes into its year ({@link CreateNew} stands for that) or is left out.
 */
public sealed interface ImportChoice permits ImportChoice.CreateNew, ImportChoice.MergeInto, ImportChoice.Skip {
    /** The choice as the preview offers it. */
    String label();

    /** 新建项目. */
    record CreateNew() implements ImportChoice {
        @Override
        public String label() {
            return "新建项目";
        }
    }

    /** 合并到 an existing project of the unit (of the form's year). */
    record MergeInto(Project target) implements ImportChoice {
        @Override
        public String label() {
            return "合并到“" + target.name + "”";
        }
    }

    /** 不导入: the form is left out; nothing of it is written (a document whose every form is left out writes nothing). */
    record Skip() implements ImportChoice {
        @Override
        public String label() {
            return "不导入";
        }
    }
}
