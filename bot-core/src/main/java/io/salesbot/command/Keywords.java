package io.salesbot.command;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Thai words for the product's English keywords ({@code mine}, {@code all}, {@code won},
 * {@code quarter}, {@code dry-run}, ...), so that a Thai keyword works wherever its English one
 * does. A word is always read against the keywords one place accepts: {@code เปิด} is {@code on}
 * for a setting and {@code เปิดอยู่} is {@code open} for a lead's status.
 */
public final class Keywords {

    private static final Map<String, List<String>> THAI = Map.ofEntries(
            // whose: /opp list, /pipeline, /forecast
            Map.entry("mine", List.of("ของฉัน", "ของผม", "ของตัวเอง")),
            Map.entry("me", List.of("ฉัน", "ผม")),
            Map.entry("team", List.of("ทีม", "ทั้งทีม")),
            Map.entry("all", List.of("ทั้งหมด")),
            // closing:
            Map.entry("this-month", List.of("เดือนนี้")),
            Map.entry("next-month", List.of("เดือนหน้า")),
            Map.entry("this-quarter", List.of("ไตรมาสนี้")),
            Map.entry("next-quarter", List.of("ไตรมาสหน้า")),
            Map.entry("overdue", List.of("เลยกำหนด", "เกินกำหนด")),
            // /task list
            Map.entry("today", List.of("วันนี้")),
            // since: of /forecast changes
            Map.entry("last-week", List.of("สัปดาห์ที่แล้ว", "อาทิตย์ที่แล้ว")),
            // by: and roles
            Map.entry("rep", List.of("พนักงานขาย", "เซลส์")),
            Map.entry("manager", List.of("ผู้จัดการ")),
            Map.entry("admin", List.of("ผู้ดูแลระบบ", "ผู้ดูแล", "แอดมิน")),
            Map.entry("type", List.of("ประเภท")),
            Map.entry("campaign", List.of("แคมเปญ")),
            // forecast periods
            Map.entry("month", List.of("เดือน", "รายเดือน")),
            Map.entry("quarter", List.of("ไตรมาส", "รายไตรมาส")),
            Map.entry("year", List.of("ปี", "รายปี")),
            // notification kinds
            Map.entry("new", List.of("ใหม่", "โอกาสการขายใหม่")),
            Map.entry("stage", List.of("สถานะ", "เปลี่ยนสถานะ")),
            Map.entry("won", List.of("ปิดการขายได้", "ชนะ", "ปิดได้")),
            Map.entry("lost", List.of("ปิดการขายไม่ได้", "แพ้", "ปิดไม่ได้")),
            Map.entry("digest", List.of("สรุป")),
            Map.entry("reminder", List.of("เตือน")),
            Map.entry("task", List.of("งาน")),
            Map.entry("myday", List.of("วันของฉัน")),
            Map.entry("stale", List.of("เงียบ")),
            // lead status
            Map.entry("open", List.of("เปิดอยู่", "ยังเปิด")),
            Map.entry("converted", List.of("เป็นโอกาสการขายแล้ว", "แปลงแล้ว")),
            Map.entry("dropped", List.of("ยกเลิกแล้ว", "ยกเลิก")),
            // actions of admin commands
            Map.entry("list", List.of("รายการ", "ดู")),
            Map.entry("add", List.of("เพิ่ม")),
            Map.entry("remove", List.of("ลบ")),
            Map.entry("move", List.of("ย้าย")),
            Map.entry("rename", List.of("เปลี่ยนชื่อ")),
            Map.entry("probability", List.of("โอกาสปิดการขาย")),
            Map.entry("retry", List.of("ลองใหม่", "ส่งใหม่")),
            Map.entry("deals", List.of("โอกาสการขาย")),
            Map.entry("history", List.of("ประวัติ")),
            // kinds of activity: /opp note type:
            // "call" is also the forecast call's notification kind, which channels cannot subscribe to
            Map.entry("call", List.of("โทร", "โทรศัพท์", "ประชุมคาดการณ์")),
            Map.entry("meeting", List.of("ประชุม", "นัดพบ")),
            Map.entry("email", List.of("อีเมล")),
            Map.entry("note", List.of("บันทึก")),
            // settings
            Map.entry("th", List.of("ไทย", "ภาษาไทย")),
            Map.entry("en", List.of("อังกฤษ", "ภาษาอังกฤษ")),
            Map.entry("on", List.of("เปิด")),
            // what /salesbot me sets
            Map.entry("timezone", List.of("เขตเวลา")),
            Map.entry("language", List.of("ภาษา")),
            Map.entry("quiet", List.of("เวลาพัก", "งดแจ้งเตือน")),
            Map.entry("off", List.of("ปิด", "หยุด")),
            Map.entry("weekly", List.of("ทุกสัปดาห์", "รายสัปดาห์")),
            Map.entry("none", List.of("ไม่มี", "ไม่ระบุ")),
            Map.entry("auto", List.of("อัตโนมัติ")),
            // flags
            Map.entry("dry-run", List.of("ทดลอง", "ลองดูก่อน")),
            Map.entry("force", List.of("บังคับ")),
            Map.entry("addon", List.of("ส่วนเสริม", "เสริม")),
            Map.entry("share", List.of("แชร์", "แบ่งปัน")),
            // /pipeline funnel, /salesbot stages limit
            Map.entry("funnel", List.of("กรวยการขาย", "กรวย")),
            Map.entry("limit", List.of("จำกัดวัน", "กำหนดวัน")),
            // forecast categories (/opp edit category:, /salesbot stages category, /forecast by:)
            Map.entry("commit", List.of("ยืนยันยอด", "มั่นใจ")),
            Map.entry("best-case", List.of("กรณีดีที่สุด")),
            Map.entry("pipeline", List.of("ในไปป์ไลน์")),
            Map.entry("omitted", List.of("ไม่นับรวม")),
            Map.entry("category", List.of("หมวดการพยากรณ์", "หมวด")));

    private Keywords() {}

    /**
     * The keyword of {@code accepted} that {@code typed} is, in any case or as one of its Thai
     * words; empty when it is none of them.
     */
    public static Optional<String> among(String typed, Collection<String> accepted) {
        if (typed == null) {
            return Optional.empty();
        }
        String word = typed.strip().toLowerCase(Locale.ROOT);
        for (String keyword : accepted) {
            if (keyword.equals(word) || thai(keyword).contains(word)) {
                return Optional.of(keyword);
            }
        }
        return Optional.empty();
    }

    /** The keyword of {@code accepted} that {@code typed} is, else {@code typed} in lower case. */
    public static String read(String typed, String... accepted) {
        return among(typed, List.of(accepted))
                .orElseGet(() -> typed == null ? null : typed.strip().toLowerCase(Locale.ROOT));
    }

    /** Whether {@code typed} is {@code keyword}, in English or Thai. */
    public static boolean is(String typed, String keyword) {
        return among(typed, List.of(keyword)).isPresent();
    }

    /** Whether {@code typed} is any keyword of the table, in English or Thai. */
    public static boolean isKnown(String typed) {
        String word = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return THAI.containsKey(word) || THAI.values().stream().anyMatch(words -> words.contains(word));
    }

    /** The Thai words of an English keyword; empty when it has none. */
    public static List<String> thai(String keyword) {
        return THAI.getOrDefault(keyword, List.of());
    }
}
