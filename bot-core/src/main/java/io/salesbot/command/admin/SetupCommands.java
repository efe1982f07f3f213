package io.salesbot.command.admin;

import static io.salesbot.command.admin.AdminCommands.required;

import io.salesbot.campaign.CampaignService;
import io.salesbot.catalog.CatalogService;
import io.salesbot.catalog.ProductView;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandHandler;
import io.salesbot.command.CommandInput;
import io.salesbot.opportunity.PipelineSetupService;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Code;
import io.salesbot.reply.Message;
import io.salesbot.reply.Money;
import io.salesbot.reply.Percent;
import io.salesbot.reply.Visibility;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** {@code /salesbot stages|types|sources|products}: the lists a workspace works with. */
@Component
class SetupCommands implements CommandHandler {

    private final PipelineSetupService pipeline;
    private final CampaignService campaigns;
    private final CatalogService catalog;

    SetupCommands(PipelineSetupService pipeline, CampaignService campaigns, CatalogService catalog) {
        this.pipeline = pipeline;
        this.campaigns = campaigns;
        this.catalog = catalog;
    }

    @Override
    public Set<String> handles() {
        return Set.of("salesbot stages", "salesbot types", "salesbot sources", "salesbot products");
    }

    @Override
    public BotReply handle(CommandContext context, CommandInput input) {
        String action = input.get("action") == null ? "list" : input.get("action");
        return switch (input.spec().sub()) {
            case "stages" -> stages(context, input, action);
            case "types" -> {
                if (action.equals("add")) {
                    pipeline.addType(context.actor(), required(input, "type"));
                }
                yield codes("reply.setup.types", "type", pipeline.types(context.actor()));
            }
            case "sources" -> {
                if (action.equals("add")) {
                    campaigns.addSource(context.actor(), required(input, "source"));
                }
                yield codes("reply.setup.sources", "source", campaigns.sources(context.actor()));
            }
            default -> products(context, input, action);
        };
    }

    private BotReply stages(CommandContext context, CommandInput input, String action) {
        switch (action) {
            case "add" ->
                pipeline.addStage(
                        context.actor(),
                        required(input, "stage"),
                        input.get("thai"),
                        requiredProbability(context, input),
                        input.get("after"));
            case "move" -> pipeline.moveStage(context.actor(), required(input, "stage"), positionOf(context, input));
            case "rename" ->
                pipeline.renameStage(
                        context.actor(), required(input, "stage"), required(input, "name"), input.get("thai"));
            case "probability" ->
                pipeline.changeDefaultProbability(
                        context.actor(), required(input, "stage"), requiredProbability(context, input));
            default -> {}
        }
        List<List<Object>> rows = pipeline.stages(context.actor()).stream()
                .map(stage -> Arrays.<Object>asList(
                        stage.position(),
                        stage.name(),
                        stage.thaiName(),
                        Message.of("stage.kind." + stage.kind().name().toLowerCase()),
                        Percent.of(stage.defaultProbability())))
                .toList();
        return new BotReply.Table(
                Message.of("reply.setup.stages"),
                List.of(
                        Message.of("column.position"),
                        Message.of("column.stage"),
                        Message.of("column.thaiName"),
                        Message.of("column.kind"),
                        Message.of("column.probability")),
                rows,
                List.of(),
                Visibility.PRIVATE);
    }

    private static int requiredProbability(CommandContext context, CommandInput input) {
        required(input, "prob");
        return context.values().probability(input, "prob");
    }

    private static int positionOf(CommandContext context, CommandInput input) {
        required(input, "position");
        return context.values().number(input, "position");
    }

    private BotReply products(CommandContext context, CommandInput input, String action) {
        if (action.equals("add")) {
            required(input, "price");
            BigDecimal price = context.values().amount(input, "price");
            catalog.save(context.actor(), required(input, "product"), price, input.flag("addon"));
        } else if (action.equals("remove")) {
            catalog.retire(context.actor(), required(input, "product"));
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

    private static BotReply codes(String title, String kind, List<String> codes) {
        List<List<Object>> rows = codes.stream()
                .map(code -> Arrays.<Object>asList(code, new Code(kind, code)))
                .toList();
        return new BotReply.Table(
                Message.of(title),
                List.of(Message.of("column.code"), Message.of("column.name")),
                rows,
                List.of(),
                Visibility.PRIVATE);
    }
}
