package io.salesbot.command.admin;

import io.salesbot.catalog.CatalogService;
import io.salesbot.catalog.ProductView;
import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Option;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Money;
import io.salesbot.reply.Visibility;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code /salesbot products [add|remove] ...}: the catalogue (admins change it). */
@Component
class ProductsCommand implements Command {

    static final Option<String> ACTION =
            Option.choice("action", "list", "add", "remove").positional();
    static final Option<String> PRODUCT = Option.text("product").rest();
    static final Option<BigDecimal> PRICE = Option.amount("price");
    static final Option<Boolean> ADDON = Option.flag("addon");

    static final CommandSpec SPEC = CommandSpec.of("salesbot", "products", ACTION, PRODUCT, PRICE, ADDON);

    private final CatalogService catalog;

    ProductsCommand(CatalogService catalog) {
        this.catalog = catalog;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public BotReply handle(CommandContext context, Arguments arguments) {
        String action = arguments.getOr(ACTION, "list");
        if (action.equals("add")) {
            BigDecimal price = arguments.require(PRICE);
            catalog.save(context.actor(), arguments.require(PRODUCT), price, arguments.flag(ADDON));
        } else if (action.equals("remove")) {
            catalog.retire(context.actor(), arguments.require(PRODUCT));
        }
        List<ProductView> products = catalog.list(context.actor());
        List<List<Object>> rows = products.stream()
                .map(p -> Arrays.<Object>asList(
                        p.name(),
                        new Money(p.unitPrice(), context.currency()),
                        Message.of(p.addOn() ? "reply.yes" : "reply.no")))
                .toList();
        return new BotReply.Table(
                Message.of("reply.setup.products"),
                List.of(Message.of("column.product"), Message.of("column.unitPrice"), Message.of("column.addOn")),
                rows,
                rows.isEmpty() ? List.of(Message.of("reply.setup.noProducts")) : List.of(),
                Visibility.PRIVATE);
    }
}
