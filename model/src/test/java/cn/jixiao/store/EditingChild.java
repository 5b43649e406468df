package cn.jixiao.store;

import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;

import java.nio.file.Path;
import java.util.Random;

/**
 * Run in a child JVM by {@link CrashSafetyTest}: makes random edits to a unit file and prints
 * 'committed N VALUE' after each one returns, so the parent knows what must survive a kill -9.
 */
public final class EditingChild {
    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int edits = Integer.parseInt(args[1]);
        Random r = new Random(Long.parseLong(args[2]));
        try (UnitFile f = UnitFile.open(file)) {
            Unit u = f.load();
            Project p = u.years.get(0).projects.get(0);
            for (int i = 0; i < edits; i++) {
                int k = r.nextInt(p.indicators.size());
                Indicator ind = p.indicators.get(k);
                ind.actual = "第" + i + "次修改";
                f.saveIndicator(p.id, ind, k);
                System.out.println("committed " + i + " " + ind.id + " " + ind.actual);
                System.out.flush();
            }
        }
    }
}
