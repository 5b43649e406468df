package cn.jixiao.exchange;

import cn.jixiao.domain.Json;
import cn.jixiao.domain.Unit;
import com.fasterxml.jackson.core.JsonProcessingException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A whole unit to and from one JSON document, lossless and deterministic: the same data
 * gives the same bytes (no time stamps; lists in their stored order).
 */
public final class UnitExchange {
    private UnitExchange() {
    }

    public static String toJson(Unit unit) {
        return Json.write(new UnitDocument(unit)) + "\n";
    }

    public static void write(Unit unit, Path file) throws IOException {
        Files.writeString(file, toJson(unit), StandardCharsets.UTF_8);
    }

    public static Unit fromJson(String text) {
        UnitDocument doc;
        try {
            doc = Json.MAPPER.readValue(text, UnitDocument.class);
        } catch (JsonProcessingException e) {
            throw new ExchangeException("不是有效的单位 JSON 文档：第 " + e.getLocation().getLineNr() + " 行，"
                    + e.getOriginalMessage(), e);
        }
        if (!UnitDocument.FORMAT.equals(doc.format)) {
            throw new ExchangeException("不是绩效填报的单位文档（format 应为 " + UnitDocument.FORMAT + "）");
        }
        if (doc.formatVersion > UnitDocument.VERSION) {
            throw new ExchangeException("该文档由更新版本的绩效填报导出（格式版本 " + doc.formatVersion
                    + "），本程序只支持到版本 " + UnitDocument.VERSION + "。");
        }
        if (doc.unit == null || doc.unit.name.isBlank()) {
            throw new ExchangeException("文档中缺少单位名称（unit.name）");
        }
        return doc.unit;
    }

    public static Unit read(Path file) throws IOException {
        return fromJson(Files.readString(file, StandardCharsets.UTF_8));
    }

    public static Unit read(InputStream in) throws IOException {
        return fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
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
