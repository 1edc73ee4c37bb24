package io.vistazo.core.service;

import io.vistazo.core.port.out.UploadHistory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Uploads kept in a list: address, owner (or null), md5 and time. */
final class FakeUploadHistory implements UploadHistory {

    record Upload(String address, Long userId, String md5, Instant at) {
    }

    final List<Upload> uploads = new ArrayList<>();

    void add(String address, Long userId, Instant at) {
        uploads.add(new Upload(address, userId, "md5-" + uploads.size(), at));
    }

    private List<Upload> matching(Uploader uploader, Instant since) {
        return uploads.stream()
                .filter(upload -> !upload.at().isBefore(since))
                .filter(upload -> uploader instanceof ByUser byUser
                        ? Long.valueOf(byUser.userId()).equals(upload.userId())
                        : ((ByAddress) uploader).address().equals(upload.address()))
                .sorted(Comparator.comparing(Upload::at).reversed())
                .toList();
    }

    @Override
    public int countSince(Uploader uploader, Instant since) {
        return matching(uploader, since).size();
    }

    @Override
    public Optional<Instant> nthNewestSince(Uploader uploader, Instant since, int n) {
        List<Upload> found = matching(uploader, since);
        return found.size() < n ? Optional.empty() : Optional.of(found.get(n - 1).at());
    }

    @Override
    public boolean md5SeenSince(String address, String md5, Instant since) {
        return uploads.stream().anyMatch(upload -> upload.address().equals(address) && upload.md5().equals(md5)
                && !upload.at().isBefore(since));
    }
}
