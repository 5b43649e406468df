package cn.jixiao.domain;

/** The sign-off line of a form: 填报人, 联系电话, 填报日期, 单位负责人, as written. */
public class Signature {
    /** 填报人 (preparer). */
    public String preparer = "";
    public String phone = "";
    /** 填报日期 as written ('2021年2月23日'). */
    public String date = "";
    /** 单位负责人. */
    public String head = "";
}
