package io.vistazo.storage;

import io.vistazo.core.domain.Category;
import io.vistazo.core.port.out.CategoryRepository;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** Categories. */
final class SqlCategoryRepository implements CategoryRepository {

    private static final String SELECT = "SELECT id, name, url_key, description FROM categories";

    private static final RowMapper<Category> CATEGORY = (rs, ctx) -> new Category(
            rs.getLong("id"),
            rs.getString("name"),
            rs.getString("url_key"),
            rs.getString("description"));

    private final SqlAccess sql;

    SqlCategoryRepository(SqlAccess sql) {
        this.sql = sql;
    }

    /** @throws IllegalArgumentException when the URL key is taken, also by another node at the same moment */
    @Override
    public Category create(String name, String urlKey, String description) {
        return sql.writeUnique("category URL key already taken: " + urlKey, handle -> {
            if (findByUrlKey(handle, urlKey).isPresent()) {
                throw new IllegalArgumentException("category URL key already taken: " + urlKey);
            }
            long id = handle.createQuery("INSERT INTO categories (name, url_key, description) "
                            + "VALUES (:name, :urlKey, :description) RETURNING id")
                    .bind("name", name)
                    .bind("urlKey", urlKey)
                    .bind("description", description)
                    .map(Rows.FIRST_LONG)
                    .one();
            return new Category(id, name, urlKey, description);
        });
    }

    /** @throws IllegalArgumentException when the URL key is another category's */
    @Override
    public Category update(Category changed) {
        return sql.writeUnique("category URL key already taken: " + changed.urlKey(), handle -> {
            if (findByUrlKey(handle, changed.urlKey()).filter(other -> other.id() != changed.id()).isPresent()) {
                throw new IllegalArgumentException("category URL key already taken: " + changed.urlKey());
            }
            handle.createUpdate("UPDATE categories SET name = :name, url_key = :urlKey, description = :description "
                            + "WHERE id = :id")
                    .bind("name", changed.name())
                    .bind("urlKey", changed.urlKey())
                    .bind("description", changed.description())
                    .bind("id", changed.id())
                    .execute();
            return changed;
        });
    }

    @Override
    public boolean exists(long categoryId) {
        return sql.read(handle -> handle.createQuery("SELECT 1 FROM categories WHERE id = :id")
                .bind("id", categoryId)
                .map(Rows.FIRST_INT)
                .findOne()
                .isPresent());
    }

    @Override
    public Optional<Category> findByUrlKey(String urlKey) {
        return sql.read(handle -> findByUrlKey(handle, urlKey));
    }

    @Override
    public List<Category> list() {
        return sql.read(handle -> handle.createQuery(SELECT + " ORDER BY name, id").map(CATEGORY).list());
    }

    @Override
    public boolean delete(long categoryId) {
        return sql.write(handle -> {
            handle.createUpdate("UPDATE media SET category_id = NULL WHERE category_id = :id")
                    .bind("id", categoryId)
                    .execute();
            return handle.createUpdate("DELETE FROM categories WHERE id = :id").bind("id", categoryId).execute() > 0;
        });
    }

    private static Optional<Category> findByUrlKey(Handle handle, String urlKey) {
        return handle.createQuery(SELECT + " WHERE url_key = :urlKey")
                .bind("urlKey", urlKey)
                .map(CATEGORY)
                .findOne();
    }
}
