package cn.jixiao.sample;

import cn.jixiao.domain.Unit;
import cn.jixiao.exchange.UnitExchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The four sample units transcribed from the seeds (sample-data/units/NAME.json, on the class
 * path as /samples/NAME.json). {@link #DEFAULT} is the one the welcome page and --sample open as the sample.
 */
public final class Samples {
    public static final String DEFAULT = "hengyang-office";
    public static final List<String> NAMES = List.of("hengyang-office", "hengyang-agency", "huaiyuan-office", "xiangyin-office");

    private Samples() {
    }

    public static boolean exists(String name) {
        return Samples.class.getResource(resource(name)) != null;
    }

    /** The sample as a fresh unit object (a new load each call). */
    public static Unit load(String name) {
        try (InputStream in = Samples.class.getResourceAsStream(resource(name))) {
            if (in == null) {
                throw new IllegalArgumentException("没有名为 " + name + " 的示例单位。可选：" + String.join("、", NAMES));
            }
            return UnitExchange.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        return "/samples/" + name + ".json";
    }
}
