package io.vistazo.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.vistazo.core.domain.AlbumPrivacy;
import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.MediaEdit;
import io.vistazo.core.domain.Role;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.out.SessionRepository;
import io.vistazo.core.port.out.SessionRepository.StoredSession;
import io.vistazo.core.testing.TestMedia;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the web pages write: sessions, and edits of a media's fields and tags. */
class SqlWebRepositoriesTest extends OnEachDatabase {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private User ana;

    @BeforeEach
    void prepare() {
        ana = database.userRepository().create("ana", Role.USER);
    }

    @Test
    void sessionsAreCreatedTouchedAndDeleted() {
        SessionRepository sessions = database.sessionRepository();
        sessions.create(new StoredSession("h1", ana.id(), NOW, NOW));
        sessions.create(new StoredSession("h2", ana.id(), NOW, NOW.minusSeconds(3600)));

        sessions.touch("h1", NOW.plusSeconds(60));

        assertThat(sessions.find("h1")).contains(new StoredSession("h1", ana.id(), NOW, NOW.plusSeconds(60)));
        assertThat(sessions.deleteIdleSince(NOW.minusSeconds(60))).isEqualTo(1);
        assertThat(sessions.find("h2")).isEmpty();
        sessions.delete("h1");
        assertThat(sessions.find("h1")).isEmpty();
    }

    @Test
    void removingAnAccountEndsItsSessions() {
        database.sessionRepository().create(new StoredSession("h1", ana.id(), NOW, NOW));

        database.userRepository().delete(ana.id());

        assertThat(database.sessionRepository().find("h1")).isEmpty();
    }

    @Test
    void anEditWritesEveryFieldAndReplacesTheTags() {
        long album = database.albumRepository().create(ana.id(), "Trip", null, AlbumPrivacy.PUBLIC, NOW).id();
        long category = database.categoryRepository().create("Pets", "pets", null).id();
        Media stored = TestMedia.aPng().id(database.mediaRepository().nextId()).storageKey("2026/03/01/a.png")
                .tags(List.of("old")).build();
        database.mediaRepository().insert(stored, "hash");

        boolean updated = database.mediaRepository().update(stored.id(), new MediaEdit("Title", "Text",
                List.of("new", "tags"), album, category, true, NOW));

        Media read = database.mediaRepository().findById(stored.id()).orElseThrow();
        assertThat(updated).isTrue();
        assertThat(read.title()).isEqualTo("Title");
        assertThat(read.description()).isEqualTo("Text");
        assertThat(read.tags()).containsExactly("new", "tags");
        assertThat(read.albumId()).isEqualTo(album);
        assertThat(read.categoryId()).isEqualTo(category);
        assertThat(read.nsfw()).isTrue();
        assertThat(read.expiresAt()).isEqualTo(NOW);
        assertThat(database.mediaRepository().update(999, MediaEdit.of(read))).isFalse();
    }
}
