package cn.jixiao.importing;

import cn.jixiao.domain.BasicDataRow;
import cn.jixiao.domain.BasicDataRowKind;
import cn.jixiao.domain.Project;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 基础数据表的对应项目 on import. A 基础数据表 comes back from a file by its printed lines: the label
 * and the three money columns. Which line is a subtotal or a project line (行类别), and which project
 * a project line stands for (对应项目, the project's lineage), are not printed; a link a file does
 * carry names a project of the unit that wrote it, not of this one. So once the import has made
 * the year's projects, each line the file set gets its kind from its label and its project from
 * the year as it will be: the file's link when a project of the year has it, the link the line
 * had when it kept its label, else the project of the same name, else (a guess, said so) the one
 * project whose name holds the line's label or is held by it; a project line matched by none is
 * left unlinked and said so, never linked to a project that is not there.
 */
final class BasicDataLinks {
    /** Labels that hold a place in the project block without being a project ('无', '……'). */
    private static final Set<String> PLACEHOLDERS = Set.of("", "无", "……", "…", "...", "-", "—", "/");

    private BasicDataLinks() {
    }

    /**
     * What the file gave for one line of the table.
     *
     * @param kindGiven whether the file carried the line's 行类别
     * @param linkGiven whether it carried its 对应项目
     */
    record Line(boolean kindGiven, boolean linkGiven) {
    }

    /**
     * Sets 行类别 and 对应项目 on the lines the import set ({@code lines}, by index), and says what it
     * guessed and what it left unlinked, one Chinese sentence each.
     *
     * @param rows     the table's lines after the import's values were set
     * @param before   the table's lines before the import (a line keeps its link when it keeps its label)
     * @param projects the year's projects after the import
     */
    static List<String> settle(List<BasicDataRow> rows, List<BasicDataRow> before, Map<Integer, Line> lines, List<Project> projects) {
        List<String> notes = new ArrayList<>();
        BasicDataRowKind section = BasicDataRowKind.OTHER;
        for (int k = 0; k < rows.size(); k++) {
            BasicDataRow r = rows.get(k);
            Line line = lines.get(k);
            if (r == null) {
                continue;
            }
            if (line != null && !line.kindGiven()) {
                r.kind = kindOf(r.label, section).code;
            }
            if (!r.is(BasicDataRowKind.OTHER)) {
                // a placeholder ('无') does not end the block it stands in
                section = r.kind();
            }
            if (line == null || !r.is(BasicDataRowKind.PROJECT)) {
                continue;
            }
            link(r, k, line.linkGiven() ? r.projectLineage : "", k < before.size() ? before.get(k) : null, projects, notes);
        }
        return notes;
    }

    private static void link(BasicDataRow r, int k, String given, BasicDataRow was, List<Project> projects, List<String> notes) {
        String where = "基础数据表第" + (k + 1) + "行“" + r.label.strip() + "”";
        Optional<Project> linked = byLineage(given, projects)
                .or(() -> was != null && Importing.sameName(was.label, r.label) ? byLineage(was.projectLineage, projects) : Optional.empty())
                .or(() -> only(projects.stream().filter(p -> Importing.sameName(p.name, r.label)).toList()));
        if (linked.isPresent()) {
            r.projectLineage = linked.get().lineage;
            return;
        }
        Optional<Project> guessed = only(projects.stream().filter(p -> holds(p.name, r.label)).toList());
        if (guessed.isPresent()) {
            r.projectLineage = guessed.get().lineage;
            notes.add(where + "按名称推断为项目“" + guessed.get().name + "”，请核对。");
        } else {
            r.projectLineage = "";
            notes.add(where + "未找到对应项目，未关联；请在基础数据表中选择对应项目。");
        }
    }

    private static Optional<Project> byLineage(String lineage, List<Project> projects) {
        if (lineage == null || lineage.isBlank()) {
            return Optional.empty();
        }
        return projects.stream().filter(p -> lineage.equals(p.lineage)).findFirst();
    }

    private static Optional<Project> only(List<Project> found) {
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** One name holds the other ('信访工作经费' in '信访工作经费、应急管理工作经费', and the other way round). */
    private static boolean holds(String name, String label) {
        String n = Importing.fold(name);
        String l = Importing.fold(label);
        return !n.isEmpty() && !l.isEmpty() && (n.contains(l) || l.contains(n));
    }

    /**
     * A line's kind from its printed label and the block it stands in: the form's own labels
     * ({@link BasicDataRowKind#printedLabel}, the 专项 headings), the lines under 公用经费 its
     * parts, the named lines of the project block projects.
     */
    static BasicDataRowKind kindOf(String label, BasicDataRowKind section) {
        String l = Importing.fold(label);
        Optional<BasicDataRowKind> printed = Arrays.stream(BasicDataRowKind.values())
                .filter(k -> !k.printedLabel.isEmpty() && Importing.fold(k.printedLabel).equals(l)).findFirst();
        if (printed.isPresent()) {
            return printed.get();
        }
        boolean heading = l.matches("^\\d+[、.．].*") || l.contains("一个项目一行");
        if (heading && BasicDataRowKind.PROJECT_CATEGORIES.stream().anyMatch(c -> l.contains(Importing.fold(c)))) {
            return BasicDataRowKind.CATEGORY;
        }
        return switch (section) {
            case PUBLIC, PUBLIC_PART -> BasicDataRowKind.PUBLIC_PART;
            case PROJECT_TOTAL, CATEGORY, PROJECT -> PLACEHOLDERS.contains(label.strip()) ? BasicDataRowKind.OTHER : BasicDataRowKind.PROJECT;
            default -> BasicDataRowKind.OTHER;
        };
    }
}
