package cn.jixiao.exchange;

import cn.jixiao.domain.Json;
import cn.jixiao.domain.Unit;
import cn.jixiao.domain.UnitRules;
import cn.jixiao.files.AtomicFile;
import cn.jixiao.files.FileProblems;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A whole unit to and from one JSON document, lossless and deterministic: the same data
 * gives the same bytes (no time stamps; lists in their stored order).
 *
 * <p>Reading is strict (docs/exchange.md): UTF-8 (a byte-order mark, as Notepad writes, is
 * accepted), exactly one document, {@code format} and an integral {@code formatVersion}, no
 * {@code null}s, values of the right kinds, and the {@link UnitRules}. Every refusal names the
 * place in the document in Chinese.
 */
public final class UnitExchange {
    /** One document, each key once: a second "format" or "id" would otherwise silently win. */
    private static final ObjectReader TREE = Json.MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .with(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION);

    private UnitExchange() {
    }

    public static String toJson(Unit unit) {
        return Json.write(new UnitDocument(unit)) + "\n";
    }

    /** Writes the document through a temporary file, so a failed export leaves the old one as it was. */
    public static void write(Unit unit, Path file) throws IOException {
        byte[] bytes = toJson(unit).getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(file, out -> out.write(bytes));
    }

    public static Unit fromJson(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (t.isBlank()) {
            throw new ExchangeException("文档是空的，没有任何内容。请选择绩效填报导出的单位 JSON 文档。");
        }
        JsonNode root;
        try {
            root = TREE.readTree(t);
        } catch (StreamConstraintsException e) {
            throw new ExchangeException("不是有效的单位 JSON 文档：嵌套层数过多，或其中的数字、文字过长，超出了允许的范围。"
                    + "请选择绩效填报导出的单位 JSON 文档。", e);
        } catch (JsonProcessingException e) {
            if (String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field")) {
                throw new ExchangeException("不是有效的单位 JSON 文档：" + where(e.getLocation()) + "同一个字段写了两次。"
                        + "请删去重复的字段后再导入。", e);
            }
            throw new ExchangeException("不是有效的单位 JSON 文档：" + where(e.getLocation()) + "格式有误（可能文件不完整，"
                    + "或文档结束后还有多余的文字）。请重新导出或检查该文件。", e);
        }
        return fromTree(root);
    }

    private static Unit fromTree(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new ExchangeException("不是绩效填报的单位文档：文档应为一个以 { 开始的对象。");
        }
        JsonNode format = root.get("format");
        if (format == null) {
            throw new ExchangeException("文档缺少格式名称（format），不是绩效填报导出的单位文档。");
        }
        if (!format.isTextual() || !UnitDocument.FORMAT.equals(format.asText())) {
            throw new ExchangeException("不是绩效填报的单位文档（format 应为 " + UnitDocument.FORMAT + "）。");
        }
        JsonNode version = root.get("formatVersion");
        if (version == null) {
            throw new ExchangeException("文档缺少格式版本（formatVersion）。");
        }
        if (!version.isIntegralNumber() || !version.canConvertToInt()) {
            throw new ExchangeException("格式版本（formatVersion）应为整数 " + UnitDocument.VERSION + "，实际为 "
                    + shorten(version.toString()) + "。");
        }
        if (version.intValue() > UnitDocument.VERSION) {
            throw new ExchangeException("该文档由更新版本的绩效填报导出（格式版本 " + version.intValue()
                    + "），本程序只支持到版本 " + UnitDocument.VERSION + "。请升级程序后再导入。");
        }
        if (version.intValue() < 1) {
            throw new ExchangeException("格式版本（formatVersion）" + version.intValue() + " 无效，应为 " + UnitDocument.VERSION + "。");
        }
        JsonNode unitNode = root.get("unit");
        if (unitNode == null || !unitNode.isObject()) {
            throw new ExchangeException("文档缺少单位（unit），或它不是一个对象。");
        }
        Optional<List<Object>> nullAt = JsonShape.firstNull(root, List.of());
        if (nullAt.isPresent()) {
            throw new ExchangeException("文档中" + JsonPlace.describe(nullAt.get()) + "为空值（null）。请填写内容，或删去这一项。");
        }
        JsonNode years = unitNode.get("years");
        if (years != null && years.isArray()) {
            for (int i = 0; i < years.size(); i++) {
                JsonNode y = years.get(i);
                if (y.isObject() && y.get("year") == null) {
                    throw new ExchangeException("文档中第" + (i + 1) + "个年度缺少年度（year）。");
                }
            }
        }
        FormatUpgrade.unit((ObjectNode) unitNode, version.intValue());
        Unit unit = bind(unitNode, Unit.class, List.of("unit"));
        if (unit.name.isBlank()) {
            throw new ExchangeException("文档中缺少单位名称（unit.name）。");
        }
        Optional<String> problem = UnitRules.firstProblem(unit);
        if (problem.isPresent()) {
            throw new ExchangeException("文档有误：" + problem.get());
        }
        return unit;
    }

    /** The tree as a domain object; a value of the wrong kind is refused by its place. */
    public static <T> T bind(JsonNode node, Class<T> type, List<Object> place) {
        try {
            return Json.MAPPER.treeToValue(node, type);
        } catch (JsonMappingException e) {
            String expected = e instanceof MismatchedInputException m ? expected(m.getTargetType()) : "";
            throw new ExchangeException("文档中" + JsonPlace.of(e, place) + "的内容类型不对"
                    + (expected.isEmpty() ? "" : "：应为" + expected) + "。", e);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new ExchangeException("文档中有无法读取的值（" + JsonPlace.describe(place) + "）。", e);
        }
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "";
        }
        if (type == String.class || type == cn.jixiao.domain.Amount.class) {
            return "文字（用双引号括起）";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "列表（[ … ]）";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "整数";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true 或 false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "数字";
        }
        if (type.isEnum()) {
            return "规定的取值之一";
        }
        if (Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.")) {
            return "对象（{ … }）";
        }
        return "";
    }

    private static String where(JsonLocation at) {
        if (at == null || at.getLineNr() < 1) {
            return "";
        }
        return "第 " + at.getLineNr() + " 行" + (at.getColumnNr() > 0 ? "第 " + at.getColumnNr() + " 列" : "") + "附近";
    }

    private static String shorten(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }

    public static Unit read(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ExchangeException(FileProblems.reading(file, e), e);
        } catch (OutOfMemoryError e) {
            throw new ExchangeException("文件过大，无法读入：" + file + "。请选择绩效填报导出的单位 JSON 文档。");
        }
        return fromJson(decode(bytes, file.toString()));
    }

    public static Unit read(InputStream in) throws IOException {
        return fromJson(decode(in.readAllBytes(), "文档"));
    }

    /**
     * The bytes as text: UTF-8, with or without a byte-order mark. UTF-16 (what "Unicode" in
     * Notepad's save dialog means) and GBK/ANSI are refused with what to do.
     */
    static String decode(byte[] b, String what) {
        int start = 0;
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            start = 3;
        } else if (b.length >= 2 && (((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) || ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE))
                || (b.length >= 2 && (b[0] == 0 || b[1] == 0))) {
            throw new ExchangeException(what + " 是 UTF-16（Unicode）编码，本程序只读 UTF-8 编码的 JSON 文档。"
                    + "请用记事本打开它，“另存为”时把编码选为 UTF-8 后再导入。");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, start, b.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new ExchangeException(what + " 不是 UTF-8 编码（可能是 GBK/ANSI 编码，或文件已损坏）。"
                    + "请用记事本打开它，“另存为”时把编码选为 UTF-8 后再导入。", e);
        }
    }

    /** Invalid exchange input, with a message for the clerk. */
    public static class ExchangeException extends RuntimeException {
        public ExchangeException(String message) {
            super(message);
        }

        public ExchangeException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
