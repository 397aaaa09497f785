package dev.mayfly.conformance.programs;

import java.util.Arrays;
import java.util.Base64;

/**
 * Probes the MIME flavour of java.util.Base64: 76-character lines separated by CRLF, custom line
 * length and separator, and a decoder that ignores line breaks.
 */
public class Base64Mime {

    public static void main(String[] args) {
        byte[] attachment = new byte[300];
        for (int i = 0; i < attachment.length; i++) {
            attachment[i] = (byte) (i * 131 + 7);
        }
        String mime = Base64.getMimeEncoder().encodeToString(attachment);
        String[] lines = mime.split("\r\n");
        System.out.println("lines " + lines.length + " first " + lines[0].length() + " last " + lines[lines.length - 1].length());
        System.out.println(lines[0]);
        String custom = Base64.getMimeEncoder(20, "\n".getBytes()).encodeToString(Arrays.copyOf(attachment, 30));
        System.out.println(custom.replace("\n", "/"));
        System.out.println("decodes " + Arrays.equals(attachment, Base64.getMimeDecoder().decode(mime)));
    }
}
