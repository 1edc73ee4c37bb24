package io.vistazo.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jdbi.v3.core.mapper.RowMapper;

/** Column conversions shared by the repositories. */
final class Rows {

    static final RowMapper<Long> FIRST_LONG = (rs, ctx) -> rs.getLong(1);
    static final RowMapper<Integer> FIRST_INT = (rs, ctx) -> rs.getInt(1);
    static final RowMapper<String> FIRST_STRING = (rs, ctx) -> rs.getString(1);

    /** Chevereto's date format; stored dates keep whole seconds only. */
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);

    private Rows() {
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static String timestamp(LocalDateTime dateTime) {
        return TIMESTAMP.format(dateTime);
    }

    static String timestampGmt(Instant instant) {
        return timestamp(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    static LocalDateTime localDateTime(String text) {
        return LocalDateTime.parse(text, TIMESTAMP);
    }

    static Instant instantGmt(String text) {
        return localDateTime(text).toInstant(ZoneOffset.UTC);
    }
}
