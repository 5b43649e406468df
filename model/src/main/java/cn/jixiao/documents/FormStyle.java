package cn.jixiao.documents;

import java.util.regex.Pattern;

/**
 * 版式: the look of a county's or a unit's forms ('hengyang-2021', the layouts of 衡阳市人民政府办公室
 * for 2021). A style is named by its id, as the command line ({@code --style}), the unit file
 * (Unit.formStyle) and the exported file's properties write it; a layout added later may bring a
 * style of its own, so styles are not a closed list. The constants are the styles of the seeds.
 */
public record FormStyle(String id) {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public static final FormStyle HENGYANG_2021 = new FormStyle("hengyang-2021");
    public static final FormStyle HENGYANG_2022 = new FormStyle("hengyang-2022");
    public static final FormStyle HUAIYUAN_2024 = new FormStyle("huaiyuan-2024");
    public static final FormStyle XIANGYIN_2023 = new FormStyle("xiangyin-2023");
    public static final FormStyle AGENCY_2024 = new FormStyle("agency-2024");
    /**
     * 国家通用: the national templates (财预〔2020〕10号 自评表, 财预〔2021〕101号 indicators), for a
     * unit whose bureau's own layout is none of the seeds'.
     */
    public static final FormStyle NATIONAL = new FormStyle("national");
    /** The common template of a form printed the same in every style (the monitoring forms). */
    public static final FormStyle STANDARD = new FormStyle("standard");

    public FormStyle {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("版式名称只能由小写字母、数字和“-”组成：" + id);
        }
    }

    @Override
    public String toString() {
        return id;
    }
}
