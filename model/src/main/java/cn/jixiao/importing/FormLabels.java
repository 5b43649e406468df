package cn.jixiao.importing;

import cn.jixiao.domain.Project;
import cn.jixiao.fields.Field;
import cn.jixiao.fields.ProjectFields;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 标签词典: the wordings other counties' forms use for a project form's labels, each mapped once onto
 * the field catalogue's field (its identity and setter), plus the few labels that only structure a
 * form (项目资金, 绩效指标, …) or state its year. Written once; the recogniser only looks labels up here.
 */
final class FormLabels {
    /** What a label stands for. */
    enum Kind {
        /** A field of the project: the value beside or below the label goes into it. */
        FIELD,
        /** 年度: the form's year. */
        YEAR,
        /** A heading over other labels or a block (项目基本情况, 绩效指标): nothing to fill. */
        GROUP
    }

    /** One label found: what it stands for, and the money unit its wording states ('（元）'). */
    record Label(Kind kind, Field<Project> field, MoneyUnit unit) {
    }

    /** The money unit a label or a value names; {@link #NONE} when it names none. */
    enum MoneyUnit { NONE, WAN, YUAN }

    private static final Pattern UNIT_SUFFIX = Pattern.compile("(\\((万元|元)\\)|\\[(万元|元)]|单位[:]?(万元|元)|(万元|元))$");
    private static final Pattern NUMBERING = Pattern.compile("^(\\d+[、.)]|[一二三四五六七八九十]+、|\\([一二三四五六七八九十\\d]+\\)|[①②③④⑤⑥⑦⑧⑨⑩])");
    private static final Pattern PAREN = Pattern.compile("\\([^()]*\\)");

    private static final Map<String, Field<Project>> FIELDS = new LinkedHashMap<>();
    private static final List<String> YEAR = List.of("年度", "预算年度", "所属年度", "项目年度", "评价年度", "自评年度", "填报年度");
    private static final List<String> GROUP = List.of("项目基本情况", "项目资金情况", "项目资金", "资金情况", "绩效指标",
            "项目年度绩效目标情况", "项目年度绩效指标", "年度绩效指标", "项目绩效指标", "绩效目标情况", "项目资金申请",
            "项目绩效目标", "资金来源");

    static {
        put(ProjectFields.NAME, "项目名称", "项目支出名称", "项目(专项)名称", "专项名称", "专项资金名称", "项目全称",
                "支出项目名称", "二级项目名称", "项目名", "专项(项目)名称",
                "预算项目名称", "项目(课题)名称", "政策(项目)名称", "资金(项目)名称");
        put(ProjectFields.SUPERVISING_DEPARTMENT, "主管部门", "主管部门及代码", "主管预算部门", "预算部门", "主管单位",
                "主管部门名称", "预算单位", "主管部门(单位)", "部门名称", "预算部门名称");
        put(ProjectFields.SUPERVISING_DEPARTMENT_CODE, "主管部门代码", "部门代码", "预算部门代码");
        put(ProjectFields.IMPLEMENTING_UNIT, "实施单位", "项目实施单位", "具体实施单位", "实施单位名称", "项目执行单位", "填报单位",
                "执行单位", "项目单位");
        put(ProjectFields.UNIT_CODE, "单位代码", "单位编码");
        put(ProjectFields.STATED_TOTAL, "资金总额", "年度资金总额", "项目金额", "项目预算金额", "年度本级预算金额",
                "项目总金额", "预算金额", "项目资金总额", "年度预算金额", "项目预算", "项目资金", "项目预算资金", "预算总额",
                "本年度预算金额", "年度预算资金", "资金合计", "项目总预算", "年度项目资金",
                "年度预算数", "项目预算数", "本年预算数", "年度预算", "项目资金总计", "资金总计", "预算资金总额", "年度资金");
        put(ProjectFields.FISCAL_APPROPRIATION, "财政拨款", "预算资金", "财政资金", "当年财政拨款", "本级财政拨款",
                "财政拨款资金", "财政预算资金", "本级财政资金", "财政性资金", "一般公共预算");
        put(ProjectFields.OTHER_FUNDS, "其他资金", "自有资金", "其他来源资金", "单位自有资金", "其它资金", "自筹资金");
        put(ProjectFields.ANNUAL_GOAL, "年度目标", "本年度绩效目标", "年度绩效目标", "总体目标", "绩效目标", "年度总体目标",
                "本年度目标", "当年绩效目标", "年度绩效目标内容", "本年度总体目标");
        put(ProjectFields.LONG_TERM_GOAL, "长期目标", "中期目标", "实施期目标", "长期绩效目标", "中长期目标", "实施期绩效目标",
                "中期绩效目标", "实施期总体目标", "整体目标");
        put(ProjectFields.ATTRIBUTE, "项目属性", "项目性质");
        put(ProjectFields.PROJECT_TYPE, "项目类型", "项目类别");
        put(ProjectFields.SOURCE, "项目来源");
        put(ProjectFields.PERIOD, "项目期", "项目周期", "实施周期");
        put(ProjectFields.START_END, "项目起止时间", "起止时间", "实施期限", "项目期限", "项目实施期限", "项目实施期", "执行期限");
        put(ProjectFields.MANAGER, "项目负责人", "负责人");
        put(ProjectFields.LIAISON, "绩效管理联络员", "联络员");
        put(ProjectFields.OVERVIEW, "项目概况", "项目简介", "项目内容", "项目主要内容", "项目基本概况");
        put(ProjectFields.BASIS, "项目立项依据", "立项依据", "政策依据", "项目设立依据");
        put(ProjectFields.EXPENSE_DIRECTION, "支出方向");
        put(ProjectFields.SAFEGUARDS, "单位已有的(或拟订的)保障项目实施的制度、措施", "保障措施", "项目保障措施");
        put(ProjectFields.OTHER_NOTES, "其他说明的问题", "其他需要说明的问题", "其他说明事项", "其他需要说明的情况");
        put(ProjectFields.REVIEW_OPINION, "预算部门、财政部门审核意见", "财政部门审核意见", "审核意见", "主管部门审核意见",
                "财政部门意见");
        put(ProjectFields.PREPARER, "填报人", "填表人", "经办人");
        put(ProjectFields.PHONE, "联系电话", "电话", "联系方式");
        put(ProjectFields.DATE, "填报日期", "填表日期");
        put(ProjectFields.HEAD, "单位负责人", "单位负责人签字");
        put(ProjectFields.EXPECTED_OUTCOME, "预期目标", "年度预期目标");
        put(ProjectFields.ACTUAL_OUTCOME, "实际完成情况", "目标实际完成情况");
        put(ProjectFields.INITIAL_BUDGET, "年初预算数", "年初预算");
        put(ProjectFields.ADJUSTED_BUDGET, "全年预算数", "调整后预算数", "全年预算");
        put(ProjectFields.EXECUTED, "全年执行数", "实际执行数", "实际支出数", "全年实际执行数");
        put(ProjectFields.STATED_EXECUTION_RATE, "执行率", "预算执行率");
        put(ProjectFields.STATED_TOTAL_SCORE, "总分", "自评总分", "自评得分");
    }

    private FormLabels() {
    }

    private static void put(Field<Project> field, String... variants) {
        for (String v : variants) {
            FIELDS.put(key(v), field);
        }
    }


    /**
     * A text brought to one spelling for comparing labels and headers: full-width to half-width
     * (NFKC), no white space of any width, brackets of every kind to '(' ')', no colon, no '*'.
     */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff') {
                continue;
            }
            switch (c) {
                case '【', '〔', '［', '[', '{', '〈', '《' -> b.append('(');
                case '】', '〕', '］', ']', '}', '〉', '》' -> b.append(')');
                case ':', '*', '☆', '★' -> {
                }
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** The key a label is looked up by: folded, no numbering, no leading 其中, no money unit. */
    static String key(String text) {
        String s = fold(text);
        s = NUMBERING.matcher(s).replaceFirst("");
        if (s.startsWith("其中")) {
            s = s.substring(2);
        }
        return UNIT_SUFFIX.matcher(s).replaceFirst("");
    }

    /** The money unit a label or value names at its end ('（万元）', '元'); NONE when none. */
    static MoneyUnit unitOf(String text) {
        Matcher m = UNIT_SUFFIX.matcher(fold(text));
        if (!m.find()) {
            return MoneyUnit.NONE;
        }
        return m.group().contains("万") ? MoneyUnit.WAN : MoneyUnit.YUAN;
    }

    /** The label a whole cell text is, if it is one. */
    static Optional<Label> label(String text) {
        String k = key(text);
        if (k.isEmpty() || k.length() > 40) {
            return Optional.empty();
        }
        Optional<Label> exact = lookup(k, unitOf(text));
        if (exact.isPresent()) {
            return exact;
        }
        // '项目名称（全称）', '主管部门（代码）': the label without its remark in brackets
        String bare = PAREN.matcher(k).replaceAll("");
        return bare.equals(k) || bare.isEmpty() ? Optional.empty() : lookup(bare, unitOf(text));
    }

    private static Optional<Label> lookup(String k, MoneyUnit unit) {
        Field<Project> f = FIELDS.get(k);
        if (f != null) {
            return Optional.of(new Label(Kind.FIELD, f, unit));
        }
        if (YEAR.contains(k)) {
            return Optional.of(new Label(Kind.YEAR, null, unit));
        }
        if (GROUP.contains(k)) {
            return Optional.of(new Label(Kind.GROUP, null, unit));
        }
        return Optional.empty();
    }

    /** A label with its value in the same cell ('资金总额：152.5', '其中：财政拨款：152.5'). */
    record Inline(Label label, String value) {
    }

    private static final Pattern COLON = Pattern.compile("[:：]");

    /**
     * The label-value pairs one cell holds, a line each ('资金总额：152.5'); empty when a line of the
     * cell is not of that shape.
     */
    static List<Inline> inline(String text) {
        List<Inline> out = new java.util.ArrayList<>();
        for (String line : text.split("\n")) {
            String l = line.strip().replace('\u3000', ' ').strip();
            if (l.isEmpty()) {
                continue;
            }
            Optional<Inline> one = inlineLine(l);
            if (one.isEmpty()) {
                return List.of();
            }
            out.add(one.get());
        }
        return out;
    }

    /**
     * One piece of a line of text outside the tables ('填报人：张三  联系电话：1234'): a label with the
     * words after it up to the next label, or words with no label before them (label null).
     */
    record Part(Label label, String text, String value) {
    }

    private static final Pattern WORDS_LABEL = Pattern.compile("^([^:：]*?)[\\s\u3000]*[:：]");

    /** The pieces of a line outside the tables, label by label, in order; nothing of the line is left out. */
    static List<Part> parts(String line) {
        List<Part> out = new java.util.ArrayList<>();
        Label label = null;
        StringBuilder text = new StringBuilder();
        StringBuilder value = new StringBuilder();
        for (String token : line.strip().split("[\\s\u3000]+")) {
            if (token.isEmpty()) {
                continue;
            }
            Matcher m = WORDS_LABEL.matcher(token);
            // a token 'X：…' whose X is words (not a time's '10'), starts a new piece
            boolean starts = m.find() && !m.group(1).isBlank() && !m.group(1).matches("[\\d０-９]+");
            if (starts || text.length() == 0) {
                if (text.length() > 0) {
                    out.add(new Part(label, text.toString(), value.toString().strip()));
                }
                text.setLength(0);
                value.setLength(0);
                label = starts ? label(m.group(1)).orElse(null) : null;
                text.append(token);
                value.append(starts ? token.substring(m.end()) : token);
            } else {
                text.append(' ').append(token);
                value.append(' ').append(token);
            }
        }
        if (text.length() > 0) {
            out.add(new Part(label, text.toString(), value.toString().strip()));
        }
        return out;
    }

    private static Optional<Inline> inlineLine(String line) {
        String rest = line;
        String folded = fold(rest);
        if (folded.startsWith("其中")) {
            // '其中：财政拨款：152.5': the 其中 and its colon belong to the label
            int at = rest.indexOf("其中") + 2;
            rest = rest.substring(at).replaceFirst("^[\\s\u3000]*[:：]?", "");
        }
        Matcher m = COLON.matcher(rest);
        if (m.find()) {
            String left = rest.substring(0, m.start());
            Optional<Label> l = label(left);
            if (l.isPresent()) {
                return Optional.of(new Inline(l.get(), rest.substring(m.end()).strip()));
            }
            return Optional.empty();
        }
        // '资金总额 152.5万元': a money label followed by a figure without a colon
        Matcher n = Pattern.compile("^(\\D+?)[\\s\u3000]*([-+]?[\\d０-９][\\d０-９,，.．]*\\s*(万元|元|万)?)$").matcher(rest);
        if (n.matches()) {
            Optional<Label> l = label(n.group(1));
            if (l.isPresent() && l.get().kind() == Kind.FIELD) {
                return Optional.of(new Inline(l.get(), n.group(2).strip()));
            }
        }
        return Optional.empty();
    }
}
