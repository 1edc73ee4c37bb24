package io.vistazo.storage;

import io.vistazo.core.port.out.CategoryRepository;

/** Categories. Beyond the port, {@link #create} lets the application's admin commands add them. */
public final class SqliteCategoryRepository implements CategoryRepository {

    private final SqlAccess sql;

    SqliteCategoryRepository(SqlAccess sql) {
        this.sql = sql;
    }

    /**
     * @param urlKey the unique slug used in category URLs
     * @return the new category's id
     * @throws IllegalArgumentException when the URL key is taken
     */
    public long create(String name, String urlKey, String description) {
        return sql.write(handle -> {
            boolean taken = handle.createQuery("SELECT 1 FROM categories WHERE url_key = :urlKey")
                    .bind("urlKey", urlKey)
                    .map(Rows.FIRST_INT)
                    .findOne()
                    .isPresent();
            if (taken) {
                throw new IllegalArgumentException("category URL key already taken: " + urlKey);
            }
            handle.createUpdate("INSERT INTO categories (name, url_key, description) "
                            + "VALUES (:name, :urlKey, :description)")
                    .bind("name", name)
                    .bind("urlKey", urlKey)
                    .bind("description", description)
                    .execute();
            return SqlAccess.lastInsertId(handle);
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
}
