package cn.jixiao.domain;

/** 阶段记录: an object holding what one {@link Stage} adds to a project, indicator or 部门整体. */
public interface StageRecord {
    Stage stage();
}
