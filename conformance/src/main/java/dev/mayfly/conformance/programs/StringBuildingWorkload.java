package dev.mayfly.conformance.programs;

/**
 * CPU benchmark (strings): builds CSV lines with StringBuilder, number-to-string conversions,
 * substring and indexOf parsing, and hashing, for a fixed number of records; prints a checksum.
 */
public class StringBuildingWorkload {

    public static void main(String[] args) {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 400_000;
        String[] cities = {"Lisbon", "Accra", "Pune", "Osaka", "Quito", "Tromso", "Perth", "Dakar"};
        long checksum = 0;
        long totalLength = 0;
        StringBuilder line = new StringBuilder(128);
        for (int i = 0; i < records; i++) {
            line.setLength(0);
            line.append(i).append(',').append(cities[i & 7]).append(',').append(i * 31L % 100_003).append(',')
                    .append(i % 2 == 0 ? "even" : "odd").append(',').append(Integer.toHexString(i * 2654435761L > 0 ? i * 7 : i))
                    .append(',').append((char) ('A' + i % 26));
            String s = line.toString();
            totalLength += s.length();
            int c1 = s.indexOf(',');
            int c2 = s.indexOf(',', c1 + 1);
            int c3 = s.indexOf(',', c2 + 1);
            String city = s.substring(c1 + 1, c2);
            long value = Long.parseLong(s.substring(c2 + 1, c3));
            checksum = checksum * 31 + s.hashCode() + city.length() + value;
            if ((i & 1023) == 0) {
                String upper = s.toUpperCase().replace(',', ';');
                checksum ^= upper.hashCode();
            }
        }
        String joined = String.join("|", cities) + records;
        System.out.println("records " + records + " chars " + totalLength);
        System.out.println("checksum " + checksum + " tail " + joined.hashCode());
    }
}
