package io.vistazo.media;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Removes properties from an XMP packet: the {@code exif:GPS*} location, or the {@code tiff:Orientation} of
 * pixels that were turned upright. Properties are XML attributes or elements in RDF, so the packet is parsed
 * (without DTDs or external entities) rather than searched as text.
 */
final class XmpPacket {

    private static final String EXIF_NS = "http://ns.adobe.com/exif/1.0/";
    private static final String TIFF_NS = "http://ns.adobe.com/tiff/1.0/";

    /** Which properties to remove. */
    enum Removal {
        GPS,
        ORIENTATION;

        boolean matches(Node node) {
            String local = node.getLocalName();
            if (local == null) {
                return false;
            }
            return switch (this) {
                case GPS -> EXIF_NS.equals(node.getNamespaceURI()) && local.startsWith("GPS");
                case ORIENTATION -> TIFF_NS.equals(node.getNamespaceURI()) && local.equals("Orientation");
            };
        }

        /** A cheap test before parsing: packets without the name need no change. */
        boolean mayOccurIn(String packet) {
            return packet.contains(this == GPS ? "GPS" : "Orientation");
        }
    }

    private XmpPacket() {
    }

    /**
     * The packet without the properties {@code removals} name: {@code packet} itself when none occurs, empty when
     * the packet does not parse (the caller then drops it, since it cannot be cleaned).
     */
    static Optional<byte[]> without(byte[] packet, List<Removal> removals) {
        String text = new String(packet, StandardCharsets.UTF_8);
        if (removals.stream().noneMatch(removal -> removal.mayOccurIn(text))) {
            return Optional.of(packet);
        }
        try {
            Document document = parser().parse(new ByteArrayInputStream(packet));
            if (!removeMatching(document.getDocumentElement(), removals)) {
                return Optional.of(packet);
            }
            return Optional.of(serialize(document));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** True when anything was removed. */
    private static boolean removeMatching(Element element, List<Removal> removals) {
        boolean removed = false;
        NamedNodeMap attributes = element.getAttributes();
        List<Attr> doomedAttributes = new ArrayList<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (matchesAny(attribute, removals)) {
                doomedAttributes.add(attribute);
            }
        }
        for (Attr attribute : doomedAttributes) {
            element.removeAttributeNode(attribute);
            removed = true;
        }
        Node child = element.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            if (child instanceof Element childElement) {
                if (matchesAny(childElement, removals)) {
                    element.removeChild(childElement);
                    removed = true;
                } else {
                    removed |= removeMatching(childElement, removals);
                }
            }
            child = next;
        }
        return removed;
    }

    private static boolean matchesAny(Node node, List<Removal> removals) {
        return removals.stream().anyMatch(removal -> removal.matches(node));
    }

    private static DocumentBuilder parser() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        // The default handler prints to stderr; this one stays silent and still fails on fatal errors.
        builder.setErrorHandler(new DefaultHandler());
        return builder;
    }

    private static byte[] serialize(Document document) throws Exception {
        TransformerFactory factory = TransformerFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Transformer transformer = factory.newTransformer();
        transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        transformer.transform(new DOMSource(document), new StreamResult(out));
        return out.toByteArray();
    }
}
