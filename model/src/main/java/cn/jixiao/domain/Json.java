package cn.jixiao.domain;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MutableCoercionConfig;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one Jackson configuration for domain objects: fields only, empty values left out,
 * fields in declaration order, so the same data always gives the same text.
 */
public final class Json {
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.PUBLIC_ONLY)
            .serializationInclusion(JsonInclude.Include.NON_EMPTY)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // Values of the wrong kind are refused, never converted: a JSON document from outside
            // (or a damaged row) with 12345 for a name, "2024" or 2024.5 for a year, 1 for an
            // enum would otherwise pass as text, a number or the enum's second value.
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .withCoercionConfig(LogicalType.Textual, c -> refuse(c, CoercionInputShape.Integer, CoercionInputShape.Float,
                    CoercionInputShape.Boolean))
            .withCoercionConfig(LogicalType.Integer, c -> refuse(c, CoercionInputShape.String, CoercionInputShape.Float,
                    CoercionInputShape.Boolean, CoercionInputShape.EmptyString))
            .withCoercionConfig(LogicalType.Float, c -> refuse(c, CoercionInputShape.String, CoercionInputShape.Boolean,
                    CoercionInputShape.EmptyString))
            .withCoercionConfig(LogicalType.Boolean, c -> refuse(c, CoercionInputShape.String, CoercionInputShape.Integer,
                    CoercionInputShape.Float, CoercionInputShape.EmptyString))
            .withCoercionConfig(LogicalType.Enum, c -> refuse(c, CoercionInputShape.Integer, CoercionInputShape.EmptyString))
            .build();

    private static void refuse(MutableCoercionConfig config, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            config.setCoercion(shape, CoercionAction.Fail);
        }
    }

    private Json() {
    }

    public static String write(Object o) {
        try {
            return MAPPER.writeValueAsString(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T read(String text, Class<T> type) {
        try {
            return MAPPER.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T copy(T o, Class<T> type) {
        return read(write(o), type);
    }

    /**
     * The object's state now, to be read back later, on any thread, as new objects. Holds the
     * serialized tokens rather than text: the window takes one of the whole unit after edits,
     * and writing a 300-project unit as indented text cost a visible frame (about 50 ms against 6).
     */
    public static <T> Snapshot<T> snapshot(T o, Class<T> type) {
        TokenBuffer tokens = new TokenBuffer(MAPPER, false);
        try {
            MAPPER.writeValue(tokens, o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Snapshot<>(tokens, type);
    }

    /** See {@link #snapshot}. */
    public static final class Snapshot<T> {
        private final TokenBuffer tokens;
        private final Class<T> type;

        private Snapshot(TokenBuffer tokens, Class<T> type) {
            this.tokens = tokens;
            this.type = type;
        }

        /** New objects with the state the snapshot was taken with; may be called more than once. */
        public T read() {
            try {
                return MAPPER.readValue(tokens.asParser(), type);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
