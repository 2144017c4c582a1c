package de.kundenstimme.complaint.entity;

/** What the customer gets as goodwill (Kulanz): a gift, a voucher, money back or a credit note. */
public enum GoodwillKind {
    GIFT, VOUCHER, REFUND, CREDIT
}
