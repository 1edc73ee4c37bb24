package io.vistazo.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DownloadNameTest {

    @Test
    void plainNamesAreQuotedAndEncoded() {
        assertEquals("attachment; filename=\"cat photo.jpg\"; filename*=UTF-8''cat%20photo.jpg",
                DownloadName.attachment("cat photo.jpg"));
    }

    @Test
    void nonAsciiNamesGetAnAsciiFallback() {
        assertEquals("attachment; filename=\"ni_o.png\"; filename*=UTF-8''ni%C3%B1o.png",
                DownloadName.attachment("niño.png"));
    }

    @Test
    void quotesSlashesAndLineBreaksNeverReachTheHeader() {
        String header = DownloadName.attachment("a\"b\\c/d\r\nSet-Cookie: x.jpg");
        assertFalse(header.contains("\r") || header.contains("\n"));
        assertTrue(header.startsWith("attachment; filename=\"a_b_c_d__Set-Cookie: x.jpg\";"), header);
    }

    @Test
    void anEmptyNameBecomesDownload() {
        assertEquals("attachment; filename=\"download\"; filename*=UTF-8''download", DownloadName.attachment(" "));
    }

    @Test
    void onlyDownloadEqualsOneAsksForADownload() {
        assertTrue(FileRoutes.wantsDownload("download=1"));
        assertTrue(FileRoutes.wantsDownload("x=2&download=1"));
        assertFalse(FileRoutes.wantsDownload("download=0"));
        assertFalse(FileRoutes.wantsDownload(null));
    }
}
