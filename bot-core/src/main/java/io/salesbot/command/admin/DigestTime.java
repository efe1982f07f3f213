package io.salesbot.command.admin;

import io.salesbot.common.InvalidInputException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/** {@code weekly mon 09:00}, {@code monday 9:30} or {@code จันทร์ 09:00}: a weekly day and time. */
record DigestTime(DayOfWeek day, LocalTime time) {

    private static final Map<String, DayOfWeek> DAYS = Map.ofEntries(
            Map.entry("mon", DayOfWeek.MONDAY),
            Map.entry("monday", DayOfWeek.MONDAY),
            Map.entry("จันทร์", DayOfWeek.MONDAY),
            Map.entry("tue", DayOfWeek.TUESDAY),
            Map.entry("tuesday", DayOfWeek.TUESDAY),
            Map.entry("อังคาร", DayOfWeek.TUESDAY),
            Map.entry("wed", DayOfWeek.WEDNESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY),
            Map.entry("พุธ", DayOfWeek.WEDNESDAY),
            Map.entry("thu", DayOfWeek.THURSDAY),
            Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("พฤหัส", DayOfWeek.THURSDAY),
            Map.entry("พฤหัสบดี", DayOfWeek.THURSDAY),
            Map.entry("fri", DayOfWeek.FRIDAY),
            Map.entry("friday", DayOfWeek.FRIDAY),
            Map.entry("ศุกร์", DayOfWeek.FRIDAY),
            Map.entry("sat", DayOfWeek.SATURDAY),
            Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("เสาร์", DayOfWeek.SATURDAY),
            Map.entry("sun", DayOfWeek.SUNDAY),
            Map.entry("sunday", DayOfWeek.SUNDAY),
            Map.entry("อาทิตย์", DayOfWeek.SUNDAY));

    static DigestTime parse(List<String> words) {
        DayOfWeek day = DayOfWeek.MONDAY;
        LocalTime time = LocalTime.of(9, 0);
        for (String word : words) {
            if (word.equals("weekly") || word.equals("ทุกสัปดาห์")) {
                continue;
            }
            String dayWord = word.startsWith("วัน") && word.length() > 3 ? word.substring(3) : word;
            if (DAYS.containsKey(dayWord)) {
                day = DAYS.get(dayWord);
            } else if (word.matches("\\d{1,2}[:.]\\d{2}") && validTime(word)) {
                String[] parts = word.split("[:.]");
                time = LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            } else {
                throw new InvalidInputException("schedule", "error.digest.invalid", word);
            }
        }
        return new DigestTime(day, time);
    }

    private static boolean validTime(String word) {
        String[] parts = word.split("[:.]");
        return Integer.parseInt(parts[0]) < 24 && Integer.parseInt(parts[1]) < 60;
    }
}
