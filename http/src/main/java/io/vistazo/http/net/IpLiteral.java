package io.vistazo.http.net;

import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Parses IP address spellings without ever asking DNS. */
public final class IpLiteral {

    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9a-fA-F:][0-9a-fA-F:.]*");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]+");
    private static final Pattern HEX_NUMBER = Pattern.compile("0[xX][0-9a-fA-F]*");
    private static final BigInteger BYTE_LIMIT = BigInteger.valueOf(256);

    private IpLiteral() {
    }

    /**
     * A canonical dotted quad or an IPv6 literal (IPv4-mapped ones stay 16 bytes, where Java would shorten them);
     * empty for anything else.
     */
    public static Optional<byte[]> parseStrict(String text) {
        if (text.indexOf(':') >= 0) {
            return parseIpv6(text);
        }
        return parseDottedQuad(text);
    }

    /**
     * Browsers and curl read a host whose last label is a number as an IPv4 address in any of the legacy forms
     * ({@code 2130706433}, {@code 0177.0.0.1}, {@code 0x7f.1}); Java reads some of them differently
     * ({@code 0177} as decimal), so such hosts are decoded here, the WHATWG way, and never sent to DNS.
     *
     * @return empty if the host is a name; the address if it is numeric
     * @throws IllegalArgumentException if it looks numeric but is no valid address
     */
    public static Optional<byte[]> parseNumericHost(String host) {
        String[] parts = withoutTrailingEmptyLabel(host.split("\\.", -1));
        if (!isNumber(parts[parts.length - 1])) {
            return Optional.empty();
        }
        if (parts.length > 4) {
            throw new IllegalArgumentException("invalid IPv4 address " + host);
        }
        BigInteger value = BigInteger.ZERO;
        for (int index = 0; index < parts.length - 1; index++) {
            BigInteger part = parsePart(parts[index], host);
            if (part.compareTo(BYTE_LIMIT) >= 0) {
                throw new IllegalArgumentException("invalid IPv4 address " + host);
            }
            value = value.or(part.shiftLeft(8 * (3 - index)));
        }
        BigInteger last = parsePart(parts[parts.length - 1], host);
        if (last.compareTo(BYTE_LIMIT.pow(5 - parts.length)) >= 0) {
            throw new IllegalArgumentException("invalid IPv4 address " + host);
        }
        return Optional.of(toFourBytes(value.or(last)));
    }

    private static String[] withoutTrailingEmptyLabel(String[] parts) {
        if (parts.length > 1 && parts[parts.length - 1].isEmpty()) {
            String[] trimmed = new String[parts.length - 1];
            System.arraycopy(parts, 0, trimmed, 0, trimmed.length);
            return trimmed;
        }
        return parts;
    }

    private static boolean isNumber(String label) {
        return DECIMAL.matcher(label).matches() || HEX_NUMBER.matcher(label).matches();
    }

    private static BigInteger parsePart(String part, String host) {
        String lower = part.toLowerCase(Locale.ROOT);
        try {
            if (lower.startsWith("0x")) {
                return lower.length() == 2 ? BigInteger.ZERO : new BigInteger(lower.substring(2), 16);
            }
            if (lower.length() > 1 && lower.startsWith("0")) {
                return new BigInteger(lower.substring(1), 8);
            }
            return new BigInteger(lower, 10);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid IPv4 address " + host, e);
        }
    }

    private static byte[] toFourBytes(BigInteger value) {
        long bits = value.longValue();
        return new byte[] {(byte) (bits >>> 24), (byte) (bits >>> 16), (byte) (bits >>> 8), (byte) bits};
    }

    private static Optional<byte[]> parseDottedQuad(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        byte[] address = new byte[4];
        for (int index = 0; index < 4; index++) {
            String part = parts[index];
            boolean canonical = DECIMAL.matcher(part).matches() && part.length() <= 3
                    && (part.length() == 1 || part.charAt(0) != '0');
            if (!canonical || Integer.parseInt(part) > 255) {
                return Optional.empty();
            }
            address[index] = (byte) Integer.parseInt(part);
        }
        return Optional.of(address);
    }

    private static byte[] toIpv4Mapped(byte[] ipv4) {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        System.arraycopy(ipv4, 0, mapped, 12, 4);
        return mapped;
    }

    private static Optional<byte[]> parseIpv6(String text) {
        // Only hex digits, colons and dots: InetAddress then parses a literal and never falls back to DNS.
        if (!IPV6_CHARACTERS.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            InetAddress address = InetAddress.getByName(text);
            byte[] bytes = address.getAddress();
            return Optional.of(address instanceof Inet4Address ? toIpv4Mapped(bytes) : bytes);
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
