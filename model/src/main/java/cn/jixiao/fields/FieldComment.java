package cn.jixiao.fields;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * 意见: a remark on one field of one year, from the finance bureau's returned workbook (a cell
 * comment, a Word comment, a 审核意见 cell) or typed in by the clerk from an email, with whether
 * the clerk has dealt with it (已处理) and how. The unit file keeps each as its own row; it is
 * printed back in the 意见及处理情况 sheet of an export.
 */
public final class FieldComment {
    /** Who a remark from a returned workbook is from. */
    public static final String BUREAU = "财政局";

    public final String id;
    public final int year;
    /** The field the remark is on. */
    public final FieldAddress at;
    /** Who made it: 财政局, or what the clerk typed. */
    public final String author;
    /** When: the returned file's date, or the day the clerk typed it. */
    public final LocalDate date;
    public final String text;
    /** The file it came from ('2024-项目支出绩效目标申报表.xlsx'); empty when typed in. */
    public final String source;
    /** 已处理. */
    public boolean handled;
    /** How it was handled, in the clerk's words. */
    public String note;

    public FieldComment(String id, int year, FieldAddress at, String author, LocalDate date, String text, String source,
                        boolean handled, String note) {
        this.id = id == null || id.isBlank() ? UUID.randomUUID().toString() : id;
        this.year = year;
        this.at = Objects.requireNonNull(at, "at");
        this.author = author == null ? "" : author;
        this.date = date;
        this.text = text == null ? "" : text;
        this.source = source == null ? "" : source;
        this.handled = handled;
        this.note = note == null ? "" : note;
    }

    /** A new, unhandled remark. */
    public static FieldComment of(int year, FieldAddress at, String author, LocalDate date, String text, String source) {
        return new FieldComment(null, year, at, author, date, text, source, false, "");
    }

    /** '已处理' or '未处理', and the note after it. */
    public String handling() {
        return (handled ? "已处理" : "未处理") + (note.isBlank() ? "" : "：" + note.strip());
    }

    @Override
    public String toString() {
        return at.encode() + " " + author + " " + date + " " + text;
    }
}
