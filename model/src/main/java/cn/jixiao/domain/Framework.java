package cn.jixiao.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * 指标体系: the 一级 → 二级 template a project's indicators hang under. Frameworks are data:
 * the four of the seeds are built in ({@link Frameworks}) and a unit may add its own.
 */
public class Framework {
    public String id = "";
    public String name = "";
    public List<Category> categories = new ArrayList<>();

    /** 一级指标 with its 二级 names in order. */
    public static class Category {
        public String name = "";
        public List<String> subcategories = new ArrayList<>();

        public Category() {
        }

        public Category(String name, List<String> subcategories) {
            this.name = name;
            this.subcategories = new ArrayList<>(subcategories);
        }
    }

    public Framework() {
    }

    public Framework(String id, String name, List<Category> categories) {
        this.id = id;
        this.name = name;
        this.categories = new ArrayList<>(categories);
    }
}
