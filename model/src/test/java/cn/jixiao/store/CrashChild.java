package cn.jixiao.store;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.exchange.UnitExchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Run in a child JVM by {@link CrashSafetyTest}, to be killed at any moment. Prints
 * 'begin OP' before each change and 'committed OP' once the call that saves it returns, so the
 * parent knows what must survive: everything committed, and the one in flight either whole or not at all.
 *
 * <ul>
 *   <li>{@code edit FILE FIRST COUNT SEED}: indicator saves ('ind ID VALUE', values numbered from
 *       FIRST, unique across rounds) mixed with project-list saves ('add ID', 'del ID').</li>
 *   <li>{@code import FILE JSON}: the whole document into a new file ('import').</li>
 *   <li>{@code open FILE}: an open that migrates an old file, with its backup first ('open').</li>
 * </ul>
 */
public final class CrashChild {
    public static void main(String[] args) {
        switch (args[0]) {
            case "edit" -> edit(Path.of(args[1]), Long.parseLong(args[2]), Integer.parseInt(args[3]), Long.parseLong(args[4]));
            case "import" -> {
                Unit u = read(Path.of(args[2]));
                say("begin import");
                UnitFile.createWith(Path.of(args[1]), u).close();
                say("committed import");
            }
            case "open" -> {
                say("begin open");
                UnitFile.open(Path.of(args[1])).close();
                say("committed open");
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static Unit read(Path json) {
        try {
            return UnitExchange.read(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void edit(Path file, long first, int count, long seed) {
        Random r = new Random(seed);
        try (UnitFile f = UnitFile.open(file)) {
            Unit u = f.load();
            FiscalYear year = u.years.get(0);
            Project edited = year.projects.get(0);
            List<Project> added = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                long n = first + i;
                int kind = r.nextInt(10);
                if (kind == 0) {
                    Project p = new Project();
                    p.id = "added-" + n;
                    p.name = "新增项目" + n;
                    for (int k = 0; k < 3; k++) {
                        Indicator ind = new Indicator("产出指标", "数量指标", "指标" + k, "≥" + k);
                        ind.id = p.id + "-" + k;
                        p.indicators.add(ind);
                    }
                    year.projects.add(1 + r.nextInt(year.projects.size()), p);
                    say("begin add " + p.id);
                    f.saveProjects(year);
                    say("committed add " + p.id);
                    added.add(p);
                } else if (kind == 1 && !added.isEmpty()) {
                    Project p = added.remove(r.nextInt(added.size()));
                    year.projects.remove(p);
                    say("begin del " + p.id);
                    f.saveProjects(year);
                    say("committed del " + p.id);
                } else {
                    int k = r.nextInt(edited.indicators.size());
                    Indicator ind = edited.indicators.get(k);
                    ind.selfEvaluation.actual = "第" + n + "次修改";
                    say("begin ind " + ind.id + " " + ind.selfEvaluation.actual);
                    f.saveIndicator(edited.id, ind, k);
                    say("committed ind " + ind.id + " " + ind.selfEvaluation.actual);
                }
            }
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
