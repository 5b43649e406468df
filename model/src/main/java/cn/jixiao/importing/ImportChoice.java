package cn.jixiao.importing;

import cn.jixiao.domain.Project;

/** 导入方式: what becomes of one project form: a new project (新建项目) or merged into an existing one (合并到 …). */
public sealed interface ImportChoice permits ImportChoice.CreateNew, ImportChoice.MergeInto {
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
}
