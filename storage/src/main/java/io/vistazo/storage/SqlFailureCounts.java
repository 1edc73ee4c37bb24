package io.vistazo.storage;

import io.vistazo.core.port.out.FailureCounts;
import java.time.Instant;
import java.util.List;

/** Failure buckets as rows of {@code failure_buckets}, counted by one upsert; see {@link FailureCounts}. */
final class SqlFailureCounts implements FailureCounts {

    private final SqlAccess sql;

    SqlFailureCounts(SqlAccess sql) {
        this.sql = sql;
    }

    @Override
    public void add(String scope, String client, Instant bucketStart, Instant forgetAt) {
        sql.useWrite(handle -> handle.createUpdate("INSERT INTO failure_buckets "
                        + "(scope, client, bucket_start, failures, forget_at) "
                        + "VALUES (:scope, :client, :start, 1, :forget) "
                        + "ON CONFLICT (scope, client, bucket_start) "
                        + "DO UPDATE SET failures = failure_buckets.failures + 1")
                .bind("scope", scope)
                .bind("client", client)
                .bind("start", bucketStart.toEpochMilli())
                .bind("forget", forgetAt.toEpochMilli())
                .execute());
    }

    @Override
    public List<Bucket> since(String scope, String client, Instant since) {
        return sql.read(handle -> handle.createQuery("SELECT bucket_start, failures FROM failure_buckets "
                        + "WHERE scope = :scope AND client = :client AND bucket_start >= :since ORDER BY bucket_start")
                .bind("scope", scope)
                .bind("client", client)
                .bind("since", since.toEpochMilli())
                .map((rows, context) -> new Bucket(Instant.ofEpochMilli(rows.getLong(1)), rows.getInt(2)))
                .list());
    }

    @Override
    public int forgetBefore(Instant now) {
        return sql.write(handle -> handle.createUpdate("DELETE FROM failure_buckets WHERE forget_at < :now")
                .bind("now", now.toEpochMilli())
                .execute());
    }
}
