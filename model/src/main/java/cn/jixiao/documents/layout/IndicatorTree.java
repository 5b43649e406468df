package cn.jixiao.documents.layout;

import cn.jixiao.domain.Framework;
import cn.jixiao.domain.Indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A project's 三级 indicators arranged under their 一级 and 二级 the way a form prints them.
 * Forms that print the whole framework (衡阳2021, 怀远2024, the wide table) start from the
 * framework's 二级 and keep the empty ones; a 二级 the form wrote differently from the framework
 * ('满意度指标' for '服务对象满意度指标', '可持续发展影响指标') takes the place of the empty
 * framework 二级 it resembles most, so the form shows it where the clerk wrote it.
 */
public final class IndicatorTree {
    /** One 二级 with its 三级 (possibly none). */
    public record Group(String subcategory, List<Indicator> indicators) {
        /** Rows the group takes: one per 三级, one for an empty 二级. */
        public int rows() {
            return Math.max(1, indicators.size());
        }
    }

    /** One 一级 with its 二级 groups. */
    public record Block(String category, List<Group> groups) {
        public int rows() {
            return groups.stream().mapToInt(Group::rows).sum();
        }
    }

    private IndicatorTree() {
    }

    /**
     * @param framework the framework whose empty 二级 are printed, or empty to print only the
     *                  二级 that carry indicators
     */
    public static List<Block> arrange(Optional<Framework> framework, List<Indicator> indicators) {
        List<MutableBlock> blocks = new ArrayList<>();
        framework.ifPresent(f -> {
            for (Framework.Category c : f.categories) {
                MutableBlock b = new MutableBlock(Text.of(c.name));
                for (String s : c.subcategories) {
                    b.groups.add(new MutableGroup(Text.of(s), true));
                }
                blocks.add(b);
            }
        });
        for (Indicator i : indicators == null ? List.<Indicator>of() : indicators) {
            if (i == null) {
                continue;
            }
            MutableBlock b = blockFor(blocks, Text.of(i.category));
            groupFor(b, Text.of(i.subcategory)).indicators.add(i);
        }
        List<Block> out = new ArrayList<>();
        for (MutableBlock b : blocks) {
            List<Group> groups = new ArrayList<>();
            for (MutableGroup g : b.groups) {
                groups.add(new Group(g.name, List.copyOf(g.indicators)));
            }
            if (!groups.isEmpty()) {
                out.add(new Block(b.name, List.copyOf(groups)));
            }
        }
        return List.copyOf(out);
    }

    /** Total rows of all blocks. */
    public static int rows(List<Block> blocks) {
        return blocks.stream().mapToInt(Block::rows).sum();
    }

    private static MutableBlock blockFor(List<MutableBlock> blocks, String name) {
        for (MutableBlock b : blocks) {
            if (b.name.equals(name)) {
                return b;
            }
        }
        MutableBlock b = new MutableBlock(name);
        blocks.add(b);
        return b;
    }

    private static MutableGroup groupFor(MutableBlock block, String name) {
        // A 二级 that comes back after another one (an unordered transcription) joins its
        // earlier group: the form prints each 二级 once, spanning its 三级.
        for (MutableGroup g : block.groups) {
            if (g.name.equals(name)) {
                return g;
            }
        }
        MutableGroup similar = null;
        int best = 0;
        for (MutableGroup g : block.groups) {
            if (g.fromFramework && g.indicators.isEmpty()) {
                String a = core(g.name);
                String b = core(name);
                int shared = sharedChars(a, b);
                // more than half of the shorter name: '经济效益' must not take '社会效益指标'
                if (shared * 2 > Math.min(a.length(), b.length()) && shared > best) {
                    best = shared;
                    similar = g;
                }
            }
        }
        if (similar != null) {
            similar.name = name;
            similar.fromFramework = false;
            return similar;
        }
        MutableGroup g = new MutableGroup(name, false);
        int at = lastFilled(block) + 1;
        block.groups.add(at, g);
        return g;
    }

    /** Index after which a new 二级 goes: behind the last 二级 that already has indicators. */
    private static int lastFilled(MutableBlock block) {
        int idx = -1;
        for (int k = 0; k < block.groups.size(); k++) {
            if (!block.groups.get(k).indicators.isEmpty() || !block.groups.get(k).fromFramework) {
                idx = k;
            }
        }
        return idx;
    }

    private static String core(String name) {
        return name.endsWith("指标") ? name.substring(0, name.length() - 2) : name;
    }

    private static int sharedChars(String a, String b) {
        int n = 0;
        for (int k = 0; k < a.length(); k++) {
            if (b.indexOf(a.charAt(k)) >= 0) {
                n++;
            }
        }
        return n;
    }

    private static final class MutableBlock {
        final String name;
        final List<MutableGroup> groups = new ArrayList<>();

        MutableBlock(String name) {
            this.name = name;
        }
    }

    private static final class MutableGroup {
        String name;
        boolean fromFramework;
        final List<Indicator> indicators = new ArrayList<>();

        MutableGroup(String name, boolean fromFramework) {
            this.name = name;
            this.fromFramework = fromFramework;
        }
    }
}
