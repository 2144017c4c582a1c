package de.kundenstimme.administration.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;

@Entity
@NamedQuery(name = Product.ACTIVE, query = "select p from Product p where p.active = true order by p.name")
@NamedQuery(name = Product.BY_CODE, query = "select p from Product p where p.code = :code")
public class Product {

    public static final String ACTIVE = "Product.active";
    public static final String BY_CODE = "Product.byCode";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    private boolean active = true;

    protected Product() {
    }

    public Product(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}
