package io.salesbot.values;

import java.util.Random;

/** Generators for {@link FuzzTests}: random Unicode, chat-ish alphabets, mutated valid inputs, huge numbers. */
final class FuzzInputs {

    private static final String[] SEEDS = {
        "1,200,000", "1.2m", "฿1,200,000", "THB 500k", "1.2 ล้าน", "5 แสน", "1,500.-", "๑๒๓", "-5",
        "31/12/2569", "2026-12-31", "Q4-2026", "ไตรมาส 4", "eom", "พรุ่งนี้", "60%", "๖๐", "12.5%",
        "new \"Acme ERP\" amount:1.2m close:“31/12/2569” ลูกค้า", "'Sam's deal'", "x:\"a\\\"b", "",
    };
    private static final String ALPHABET =
            "0123456789๐๑๒๓๔๕๖๗๘๙.,-−+:/%％'\"“”‘’\\ \t\u00a0\u200b" + "kKmMbBnqQeE฿THBบาทล้านแสนหมื่นพันกขคabc😀";

    private FuzzInputs() {}

    /** Every 1000th input is a 10 KB monster; the rest mix the strategies below at random. */
    static String generate(Random random, int i) {
        if (i % 1000 == 0) {
            return tenKilobytes(random, i / 1000);
        }
        return switch (random.nextInt(5)) {
            case 0 -> randomUnicode(random, random.nextInt(30));
            case 1 -> fromAlphabet(random, random.nextInt(25));
            case 2 -> mutate(random, SEEDS[random.nextInt(SEEDS.length)]);
            case 3 -> hugeNumber(random);
            default ->
                mutate(
                        random,
                        mutate(random, fromAlphabet(random, random.nextInt(8)) + SEEDS[random.nextInt(SEEDS.length)]));
        };
    }

    private static String randomUnicode(Random random, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(4);
            if (kind == 0) {
                out.append((char) (0x0E00 + random.nextInt(0x80))); // Thai block
            } else if (kind == 1) {
                out.append((char) random.nextInt(0x10000)); // any BMP char, lone surrogates too
            } else if (kind == 2) {
                out.appendCodePoint(0x10000 + random.nextInt(0x10FFFF - 0x10000)); // astral
            } else {
                out.append((char) (0x20 + random.nextInt(0x5F))); // printable ASCII
            }
        }
        return out.toString();
    }

    private static String fromAlphabet(Random random, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }

    private static String mutate(Random random, String seed) {
        StringBuilder out = new StringBuilder(seed);
        for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
            int at = out.length() == 0 ? 0 : random.nextInt(out.length());
            switch (random.nextInt(3)) {
                case 0 -> out.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 1 -> {
                    if (out.length() > 0) {
                        out.deleteCharAt(at);
                    }
                }
                default -> {
                    if (out.length() > 0) {
                        out.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                    }
                }
            }
        }
        return out.toString();
    }

    private static String hugeNumber(Random random) {
        StringBuilder out = new StringBuilder();
        int digits = 1 + random.nextInt(400);
        for (int i = 0; i < digits; i++) {
            out.append((char) ('0' + random.nextInt(10)));
            if (random.nextInt(50) == 0) {
                out.append(random.nextBoolean() ? '.' : ',');
            }
        }
        String[] suffixes = {"", "", "b", "m", " ล้าน", "%", " บาท", ".-"};
        return (random.nextInt(10) == 0 ? "-" : "") + out + suffixes[random.nextInt(suffixes.length)];
    }

    private static String tenKilobytes(Random random, int variant) {
        return switch (variant % 5) {
            case 0 -> "9".repeat(10_240);
            case 1 -> "1" + ",000".repeat(2_560) + "b";
            case 2 -> "\"" + "ก ".repeat(5_120);
            case 3 -> "0." + "0".repeat(10_240) + "1m";
            default -> randomUnicode(random, 10_240);
        };
    }
}
