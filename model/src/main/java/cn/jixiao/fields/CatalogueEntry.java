package cn.jixiao.fields;

/** What a path names in the catalogue: a field with a value, or a list of rows. */
public sealed interface CatalogueEntry permits Field, Rows {
    /** The Chinese label. */
    String label();
}
