package cn.jixiao.domain;

import java.util.List;
import java.util.Optional;

/** The four frameworks (指标体系) seen in the seeds, built in. */
public final class Frameworks {
    public static final String HENGYANG_2021 = "hengyang-2021";
    public static final String STANDARD_2022 = "standard-2022";
    public static final String XIANGYIN_2023 = "xiangyin-2023";
    public static final String NATIONAL_2021 = "national-2021";

    private Frameworks() {
    }

    public static List<Framework> builtIn() {
        return List.of(
                new Framework(HENGYANG_2021, "衡阳2021申报（满意度在效益指标下）", List.of(
                        new Framework.Category("产出指标", List.of("数量指标", "质量指标", "时效指标", "成本指标")),
                        new Framework.Category("效益指标", List.of("经济效益指标", "社会效益指标", "生态效益指标",
                                "可持续影响指标", "社会公众或服务对象满意度指标")))),
                new Framework(STANDARD_2022, "产出/效益/满意度（衡阳2022、怀远2024）", List.of(
                        new Framework.Category("产出指标", List.of("数量指标", "质量指标", "时效指标", "成本指标")),
                        new Framework.Category("效益指标", List.of("经济效益指标", "社会效益指标", "生态效益指标",
                                "可持续影响指标")),
                        new Framework.Category("满意度指标", List.of("服务对象满意度指标")))),
                new Framework(XIANGYIN_2023, "湘阴2023（满意度在效益指标下）", List.of(
                        new Framework.Category("产出指标", List.of("数量指标", "质量指标", "时效指标", "成本指标")),
                        new Framework.Category("效益指标", List.of("经济效益", "社会效益", "生态效益", "可持续影响",
                                "服务对象满意度")))),
                new Framework(NATIONAL_2021, "成本/产出/效益/满意度（2021年国家指引）", List.of(
                        new Framework.Category("成本指标", List.of("经济成本指标", "社会成本指标", "生态环境成本指标")),
                        new Framework.Category("产出指标", List.of("数量指标", "质量指标", "时效指标")),
                        new Framework.Category("效益指标", List.of("经济效益指标", "社会效益指标", "生态效益指标",
                                "可持续影响指标")),
                        new Framework.Category("满意度指标", List.of("服务对象满意度指标")))));
    }

    public static Optional<Framework> builtIn(String id) {
        return builtIn().stream().filter(f -> f.id.equals(id)).findFirst();
    }
}
