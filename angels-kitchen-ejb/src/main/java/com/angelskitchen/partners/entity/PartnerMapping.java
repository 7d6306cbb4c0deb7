package com.angelskitchen.partners.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A partner's id for something on our menu: an item, an ingredient a guest can leave out, or an
 * extra. Needed only where the partner's menu does not carry our own codes (partners that let the
 * restaurant set an external id per item carry them, and those match without a mapping).
 */
@Entity
@Table(name = "partner_mapping")
@IdClass(PartnerMapping.Key.class)
@NamedQuery(
    name = PartnerMapping.OF_PARTNER,
    query = "SELECT m FROM PartnerMapping m WHERE m.partner = :partner")
@NamedQuery(
    name = PartnerMapping.ALL,
    query = "SELECT m FROM PartnerMapping m ORDER BY m.partner, m.kind, m.partnerId")
public class PartnerMapping {

  public static final String OF_PARTNER = "PartnerMapping.ofPartner";
  public static final String ALL = "PartnerMapping.all";

  @Id
  @Column(nullable = false, updatable = false, length = 32)
  private String partner;

  @Id
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 8)
  private MappingKind kind;

  @Id
  @Column(name = "partner_id", nullable = false, updatable = false, length = 128)
  private String partnerId;

  @Column(nullable = false, length = 65)
  private String code;

  protected PartnerMapping() {}

  public PartnerMapping(String partner, MappingKind kind, String partnerId, String code) {
    this.partner = Objects.requireNonNull(partner);
    this.kind = Objects.requireNonNull(kind);
    this.partnerId = Objects.requireNonNull(partnerId);
    this.code = Objects.requireNonNull(code);
  }

  public String partner() {
    return partner;
  }

  public MappingKind kind() {
    return kind;
  }

  public String partnerId() {
    return partnerId;
  }

  public String code() {
    return code;
  }

  public void pointTo(String code) {
    this.code = Objects.requireNonNull(code);
  }

  /** Primary key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private String partner;
    private MappingKind kind;
    private String partnerId;

    public Key() {}

    public Key(String partner, MappingKind kind, String partnerId) {
      this.partner = partner;
      this.kind = kind;
      this.partnerId = partnerId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(partner, key.partner)
          && kind == key.kind
          && Objects.equals(partnerId, key.partnerId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(partner, kind, partnerId);
    }
  }
}
