package io.vistazo.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.vistazo.core.domain.Role;
import io.vistazo.core.port.out.MediaRepository;
import io.vistazo.core.port.out.UploadHistory;
import io.vistazo.core.port.out.UploadHistory.ByAddress;
import io.vistazo.core.port.out.UploadHistory.ByUser;
import io.vistazo.core.port.out.ViewRepository;
import io.vistazo.core.testing.TestMedia;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Per-day view counting, and the upload history flood limits and duplicate checks read. */
class SqlViewsAndHistoryTest extends OnEachDatabase {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 4);
    private static final LocalDateTime NOON = LocalDateTime.of(2026, 3, 4, 12, 0, 0);

    private MediaRepository media;
    private ViewRepository views;
    private UploadHistory history;

    @BeforeEach
    void prepare() {
        media = database.mediaRepository();
        views = database.viewRepository();
        history = database.uploadHistory();
    }

    private long storeMedia() {
        long id = media.nextId();
        media.insert(TestMedia.aPng().id(id).storageKey("2026/03/04/v" + id + ".png").build(), "h");
        return id;
    }

    private long viewsOf(long id) {
        return media.findById(id).orElseThrow().views();
    }

    @Test
    void aVisitorCountsOncePerDayPerMedia() {
        long first = storeMedia();
        long second = storeMedia();

        assertThat(views.record(first, "visitor-a", DAY)).isTrue();
        assertThat(views.record(first, "visitor-a", DAY)).isFalse();
        assertThat(views.record(first, "visitor-b", DAY)).isTrue();
        assertThat(views.record(first, "visitor-a", DAY.plusDays(1))).isTrue();
        assertThat(views.record(second, "visitor-a", DAY)).isTrue();

        assertThat(viewsOf(first)).isEqualTo(3);
        assertThat(viewsOf(second)).isEqualTo(1);
    }

    @Test
    void visitsToMissingMediaAreNotCountedAndDeletedMediaTakeTheirVisits() {
        long id = storeMedia();
        views.record(id, "v", DAY);

        assertThat(views.record(999, "v", DAY)).isFalse();
        assertThat(media.delete(id)).isTrue();
        assertThat(TestSql.count(database, "SELECT COUNT(*) FROM media_views")).isZero();
    }

    @Test
    void oldVisitsAreForgottenButTheCountStays() {
        long id = storeMedia();
        views.record(id, "v", DAY.minusDays(2));
        views.record(id, "v", DAY.minusDays(1));
        views.record(id, "v", DAY);

        assertThat(views.forgetBefore(DAY.minusDays(1))).isEqualTo(1);
        assertThat(TestSql.count(database, "SELECT COUNT(*) FROM media_views")).isEqualTo(2);
        assertThat(viewsOf(id)).isEqualTo(3);
    }

    private void upload(String address, Long userId, LocalDateTime at, String md5, String sourceMd5) {
        long id = media.nextId();
        media.insert(TestMedia.aPng().id(id).storageKey("2026/03/04/u" + id + ".png").date(at).dateGmt(at).md5(md5)
                .sourceMd5(sourceMd5).userId(userId).uploaderIp(address).build(), "h");
    }

    private static Instant utc(LocalDateTime time) {
        return time.toInstant(ZoneOffset.UTC);
    }

    @Test
    void uploadsAreCountedByAddressAndByOwnerSinceAnInstant() {
        long ana = database.userRepository().create("ana", Role.USER).id();
        upload("192.0.2.1", ana, NOON.minusSeconds(90), null, null);
        upload("192.0.2.1", ana, NOON.minusSeconds(30), null, null);
        upload("192.0.2.2", ana, NOON.minusSeconds(20), null, null);
        upload("192.0.2.1", null, NOON.minusSeconds(10), null, null);

        Instant minuteAgo = utc(NOON.minusSeconds(60));
        assertThat(history.countSince(new ByAddress("192.0.2.1"), minuteAgo)).isEqualTo(2);
        assertThat(history.countSince(new ByAddress("192.0.2.1"), utc(NOON.minusSeconds(90)))).isEqualTo(3);
        assertThat(history.countSince(new ByUser(ana), minuteAgo)).isEqualTo(2);
        assertThat(history.countSince(new ByAddress("198.51.100.1"), minuteAgo)).isZero();
        List<Instant> windows = List.of(utc(NOON.minusSeconds(15)), minuteAgo, utc(NOON.minusSeconds(90)));
        assertThat(history.countsSince(new ByAddress("192.0.2.1"), windows)).as("in one read").containsExactly(1, 2, 3);
        assertThat(history.countsSince(new ByUser(ana), windows)).containsExactly(0, 2, 3);
        assertThat(history.countsSince(new ByAddress("198.51.100.1"), windows)).containsExactly(0, 0, 0);

        ByAddress first = new ByAddress("192.0.2.1");
        assertThat(history.nthNewestSince(first, minuteAgo, 1)).contains(utc(NOON.minusSeconds(10)));
        assertThat(history.nthNewestSince(first, minuteAgo, 2)).contains(utc(NOON.minusSeconds(30)));
        assertThat(history.nthNewestSince(first, minuteAgo, 3)).isEmpty();
    }

    @Test
    void anMd5IsSeenAsMd5OrSourceMd5FromTheSameAddressWithinTheWindow() {
        upload("192.0.2.1", null, NOON.minusHours(1), "aaa", "bbb");
        upload("192.0.2.1", null, NOON.minusHours(30), "ccc", null);

        Instant dayAgo = utc(NOON.minusHours(24));
        assertThat(history.md5SeenSince("192.0.2.1", "aaa", dayAgo)).isTrue();
        assertThat(history.md5SeenSince("192.0.2.1", "bbb", dayAgo)).isTrue();
        assertThat(history.md5SeenSince("192.0.2.2", "aaa", dayAgo)).isFalse();
        assertThat(history.md5SeenSince("192.0.2.1", "ccc", dayAgo)).isFalse();
        assertThat(history.md5SeenSince("192.0.2.1", "zzz", dayAgo)).isFalse();
    }
}
