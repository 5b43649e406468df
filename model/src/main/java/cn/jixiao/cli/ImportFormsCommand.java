package cn.jixiao.cli;

import cn.jixiao.domain.Unit;
import cn.jixiao.domain.UnitRules;
import cn.jixiao.importing.DocumentPreview;
import cn.jixiao.importing.FormImport;
import cn.jixiao.importing.FormPreview;
import cn.jixiao.importing.ImportPlan;
import cn.jixiao.importing.ImportProgress;
import cn.jixiao.store.UnitFile;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * `jixiao import-forms FILE DOCUMENT... [--year Y] [--dry-run] [--json]`: 导入表格 without the
 * window, through the same {@link FormImport}: each form found becomes a project of year Y (the
 * year the document states unless --year is given), merged into the project of the same name
 * when the unit has one; one line per project. A document that cannot be read whole is named
 * with the reason and nothing of it is imported; the others are (exit 1 then, else 0). FILE is
 * created when it does not exist and something is imported; --dry-run writes nothing.
 */
final class ImportFormsCommand implements Command {
    private static final ObjectMapper LINES = new ObjectMapper();

    @Override
    public String name() {
        return "import-forms";
    }

    @Override
    public String usage() {
        return "import-forms FILE DOCUMENT... [--year Y] [--dry-run] [--json]   导入 Word/Excel 表格（申报表、自评表等）为项目；"
                + "文件不存在则新建；--dry-run 只列出不写入";
    }

    @Override
    public Set<String> flags() {
        return Set.of("dry-run", "json");
    }

    @Override
    public Set<String> options() {
        return Set.of("year");
    }

    @Override
    public int maxPositional() {
        return -1;
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        Path file = Path.of(args.positional(0, "单位文件路径 FILE"));
        args.positional(1, "要导入的 Word/Excel 文件 DOCUMENT");
        Optional<Integer> year = args.intOption("year", UnitRules.FIRST_YEAR, UnitRules.LAST_YEAR);
        boolean dryRun = args.flag("dry-run");
        boolean json = args.flag("json");
        List<Path> documents = args.positional().subList(1, args.positional().size()).stream().map(Path::of).toList();
        if (Files.isDirectory(file)) {
            throw new CliException("这是一个文件夹，不是单位文件：" + file, 1);
        }
        boolean exists = Files.exists(file) || Files.isSymbolicLink(file);
        FormImport importer = new FormImport();
        // read-only until something is to be written: a run that imports nothing leaves the file as it was
        Unit seen = exists ? UnitFile.read(file) : new Unit();
        List<DocumentPreview> previews = importer.preview(documents, seen, ImportProgress.NONE);
        List<DocumentPreview> read = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (DocumentPreview d : previews) {
            if (d.isRefused()) {
                failures.add(d.refusal().orElseThrow());
            } else if (year.isEmpty() && d.forms().stream().anyMatch(f -> f.year().isEmpty())) {
                failures.add("“" + d.file().getFileName() + "”未写明年度，请用 --year 指定导入到哪一年度。");
            } else {
                read.add(d);
            }
        }
        ImportPlan shown = plan(importer, seen, read, year);
        for (FormPreview f : shown.forms()) {
            // what importing it guesses beyond its reading (a 基础数据表 line's 对应项目 by name)
            List<String> notes = importer.notes(seen, shown, f);
            if (!f.isUnitInformation()) {
                out.println(json ? LINES.writeValueAsString(line(shown, f, notes)) : text(shown, f));
            }
            if (!json) {
                notes.forEach(n -> err.println("提示：" + n));
            }
        }
        if (!dryRun && !shown.forms().isEmpty()) {
            if (exists) {
                try (UnitFile opened = UnitFile.open(file)) {
                    Unit unit = opened.load();
                    opened.transaction(() -> importer.apply(unit, plan(importer, unit, read, year)).apply(opened));
                }
            } else {
                // a unit has a name: the one the documents give, else the file's
                seen.name = read.stream().map(DocumentPreview::unitName).filter(n -> !n.isBlank()).findFirst()
                        .orElseGet(() -> stem(file));
                // and the 版式 our own exports were printed in, so the forms export again as they came
                seen.formStyle = read.stream().map(DocumentPreview::formStyle).filter(s -> !s.isBlank()).findFirst().orElse("");
                err.println("提示：新建单位文件“" + file.getFileName() + "”，单位名称为“" + seen.name + "”，可在单位信息中修改。");
                UnitFile created = UnitFile.createWith(file, seen);
                try (created) {
                    created.transaction(() -> importer.apply(seen, shown).apply(created));
                } catch (RuntimeException e) {
                    // the file this run created goes again: nothing is left half imported
                    Files.deleteIfExists(file);
                    throw e;
                }
            }
        }
        for (String failure : failures) {
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("refused", failure);
                out.println(LINES.writeValueAsString(m));
            }
            err.println("错误：" + failure);
        }
        return failures.isEmpty() ? 0 : 1;
    }

    private static ImportPlan plan(FormImport importer, Unit unit, List<DocumentPreview> read, Optional<Integer> year) {
        return importer.plan(unit, read, year.map(OptionalInt::of).orElse(OptionalInt.empty()));
    }

    private static String stem(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** year, name, amount, indicator count, cells not placed; and what became of the form. */
    private static String text(ImportPlan plan, FormPreview f) {
        String amount = f.amount().isEmpty() ? "" : "  金额 " + f.amount().text() + " 万元";
        return plan.year(f).getAsInt() + "年度  " + f.name() + amount
                + (f.isProject() ? "  三级指标 " + f.indicatorCount() + " 个" : "")
                + "  未能放置的单元格 " + f.unplaced().size() + " 个"
                + (f.isProject() ? "  " + plan.choice(f).label() : "");
    }

    private static Map<String, Object> line(ImportPlan plan, FormPreview f, List<String> notes) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("document", f.document().toString());
        m.put("place", f.place());
        m.put("kind", f.kind());
        m.put("year", plan.year(f).getAsInt());
        m.put("name", f.name());
        m.put("amount", f.amount().text());
        m.put("indicators", f.indicatorCount());
        m.put("unplaced", f.unplaced().stream().map(c -> c.place() + "：" + c.text()).toList());
        List<String> guesses = new ArrayList<>(f.guesses().stream().map(g -> g.text()).toList());
        guesses.addAll(notes);
        m.put("guesses", guesses);
        m.put("action", f.isProject() ? plan.choice(f).label() : "导入到年度");
        return m;
    }
}
