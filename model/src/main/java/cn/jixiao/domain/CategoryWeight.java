package cn.jixiao.domain;

/** The weight written beside an 一级 label on a self-evaluation ('产出指标 (50分)'). */
public class CategoryWeight {
    public String category = "";
    /** As written, e.g. '50'. */
    public String weight = "";

    public CategoryWeight() {
    }

    public CategoryWeight(String category, String weight) {
        this.category = category;
        this.weight = weight;
    }
}
