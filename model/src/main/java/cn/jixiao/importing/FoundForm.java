package cn.jixiao.importing;

import cn.jixiao.domain.Project;
import cn.jixiao.importing.source.SourceCell;

import java.util.List;
import java.util.OptionalInt;

/**
 * 识别出的表单: one project form found in an imported document, read into a project of the domain
 * (name, funds, goals, indicator tree; for a 自评表 also the indicators' 实际完成值, 得分, 偏差原因 and
 * the stated 总分), with what could not be placed and what was guessed, so the preview can show both.
 * Stated figures are kept as stated (Funds' stated total, a stated 得分), never replaced by what the
 * program computes.
 *
 * @param kind      申报 (declaration, 申报表 / 绩效目标表 / 批复表) or 自评 (self-evaluation, 自评表)
 * @param place     where the form starts, in Chinese ("第1个表格", "工作表“2023自评”")
 * @param year      the year the document states (title, 填报日期, a "2023年度" label); empty when none
 * @param project   the form's data as a new project (fresh id and lineage)
 * @param unplaced  every non-blank cell the recogniser could not place, never silently dropped
 * @param guesses   every guess made (a 二级 mapped onto the framework, a year taken from the title,
 *                  元 converted to 万元, …)
 */
public record FoundForm(Kind kind, String place, OptionalInt year, Project project, List<SourceCell> unplaced,
                        List<Guess> guesses) {
    public FoundForm {
        unplaced = List.copyOf(unplaced);
        guesses = List.copyOf(guesses);
    }

    /** 表单种类. */
    public enum Kind {
        DECLARATION("申报表"), SELF_EVALUATION("自评表");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * 推断: one guess, in the clerk's words ("二级指标“社会公众或服务对象满意度指标”按“服务对象满意度指标”导入",
     * "年度取自标题“2023年度…”").
     *
     * @param place where the guessed text came from ("第1个表格 第5行第2列"); empty when not one cell
     * @param text  what was guessed, in Chinese
     */
    public record Guess(String place, String text) {
    }
}
