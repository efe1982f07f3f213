package io.salesbot.demo;

import io.salesbot.lead.NewLead;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The sample team's catalogue, leads and deals: Thai and English, every stage, past and future. */
final class DemoData {

    static final Map<String, BigDecimal> PRODUCTS = new LinkedHashMap<>();

    static {
        PRODUCTS.put("ERP Cloud (per user / year)", new BigDecimal("12000"));
        PRODUCTS.put("CRM Starter", new BigDecimal("45000"));
        PRODUCTS.put("POS terminal", new BigDecimal("18500"));
        PRODUCTS.put("Implementation service", new BigDecimal("150000"));
        PRODUCTS.put("Training (per day)", new BigDecimal("25000"));
    }

    static final Set<String> ADD_ONS = Set.of("Implementation service", "Training (per day)");

    static final List<NewLead> LEADS = List.of(
            new NewLead("ระบบ ERP โรงงานบางนา", "บริษัท บางนาโลหะกิจ จำกัด", "คุณวิชัย 081-234-5678", "event"),
            new NewLead("POS for coffee chain", "Brew & Co.", "ops@brew.example", "web"),
            new NewLead("CRM สำหรับทีมขายภาคเหนือ", "เชียงใหม่ เทรดดิ้ง", "คุณนภา", "referral"),
            new NewLead("Hotel group ERP", "Andaman Resorts", "cfo@andaman.example", "cold_call"));

    static final List<DemoDeal> DEALS = List.of(
            new DemoDeal(
                    "somchai",
                    "ERP สยามฟู้ดส์ 50 users",
                    "บริษัท สยามฟู้ดส์ จำกัด",
                    "new_customer",
                    "Expo 2026",
                    "event",
                    "ERP Cloud (per user / year)",
                    50,
                    "won",
                    120,
                    -40),
            new DemoDeal(
                    "somchai",
                    "CRM Acme Thailand",
                    "Acme Thailand",
                    "new_customer",
                    "Webinar ERP",
                    "web",
                    "CRM Starter",
                    3,
                    "quoted",
                    60,
                    20),
            new DemoDeal(
                    "somchai",
                    "POS สาขาใหม่ 12 ร้าน",
                    "ร้านกาแฟดอยช้าง",
                    "existing_customer",
                    null,
                    "referral",
                    "POS terminal",
                    12,
                    "in progress",
                    45,
                    35),
            new DemoDeal(
                    "somchai",
                    "ERP upgrade Globex",
                    "Globex Asia",
                    "existing_customer",
                    null,
                    "referral",
                    "ERP Cloud (per user / year)",
                    80,
                    "lost:เลือกคู่แข่งที่ราคาถูกกว่า",
                    150,
                    -70),
            new DemoDeal(
                    "somchai",
                    "Training 5 days TMC",
                    "Thai Motor Corp",
                    "existing_customer",
                    null,
                    "referral",
                    "Training (per day)",
                    5,
                    "wait",
                    10,
                    75),
            new DemoDeal(
                    "malee",
                    "ERP โรงพยาบาลเอกชน",
                    "โรงพยาบาลสุขใจ",
                    "new_customer",
                    "LINE OA ads",
                    "social",
                    "ERP Cloud (per user / year)",
                    120,
                    "quoted",
                    90,
                    -5),
            new DemoDeal(
                    "malee",
                    "CRM Bangkok Logistics",
                    "Bangkok Logistics",
                    "new_customer",
                    "LINE OA ads",
                    "social",
                    "CRM Starter",
                    5,
                    "won",
                    75,
                    -15),
            new DemoDeal(
                    "malee",
                    "POS Central pilot",
                    "Central Retail",
                    "new_customer",
                    "Expo 2026",
                    "event",
                    "POS terminal",
                    30,
                    "in progress",
                    40,
                    50),
            new DemoDeal(
                    "malee",
                    "ERP รีสอร์ทกระบี่",
                    "กระบี่ รีสอร์ท",
                    "new_customer",
                    "Expo 2026",
                    "event",
                    "ERP Cloud (per user / year)",
                    25,
                    "lost:งบประมาณถูกตัด",
                    100,
                    -30),
            new DemoDeal(
                    "malee",
                    "CRM renewal Initech",
                    "Initech",
                    "existing_customer",
                    null,
                    "referral",
                    "CRM Starter",
                    2,
                    "won",
                    30,
                    -2),
            new DemoDeal(
                    "niran",
                    "ERP Cloud Phuket Marine",
                    "Phuket Marine Co.",
                    "new_customer",
                    "Webinar ERP",
                    "web",
                    "ERP Cloud (per user / year)",
                    40,
                    "in progress",
                    50,
                    100),
            new DemoDeal(
                    "niran",
                    "POS ตลาดนัดรถไฟ",
                    "ตลาดนัดรถไฟ",
                    "new_customer",
                    null,
                    "cold_call",
                    "POS terminal",
                    8,
                    "wait",
                    20,
                    130),
            new DemoDeal(
                    "niran",
                    "Training ERP users",
                    "บริษัท สยามฟู้ดส์ จำกัด",
                    "existing_customer",
                    null,
                    "referral",
                    "Training (per day)",
                    3,
                    "won",
                    25,
                    -8),
            new DemoDeal(
                    "niran",
                    "CRM Chiang Mai Trading",
                    "เชียงใหม่ เทรดดิ้ง",
                    "new_customer",
                    "Expo 2026",
                    "event",
                    "CRM Starter",
                    4,
                    "quoted",
                    35,
                    160));

    private DemoData() {}
}
