package io.salesbot.command.deal;

import io.salesbot.campaign.CampaignService;
import io.salesbot.campaign.CampaignView;
import io.salesbot.catalog.CatalogService;
import io.salesbot.command.CommandContext;
import io.salesbot.opportunity.DealView;
import io.salesbot.opportunity.PipelineSetupService;
import io.salesbot.opportunity.StageKind;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Code;
import io.salesbot.reply.FormField;
import io.salesbot.reply.FormField.Choice;
import io.salesbot.reply.FormField.Type;
import io.salesbot.reply.Message;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The forms behind {@code /opp new}, {@code /opp edit}, {@code /opp lost} and {@code /opp product}
 * when they are given too little. Fields are options of the same command, most important first
 * (a platform that shows only a few keeps the first ones); choices come from the workspace.
 */
@Component
class DealForms {

    private final PipelineSetupService pipeline;
    private final CampaignService campaigns;
    private final CatalogService catalog;

    DealForms(PipelineSetupService pipeline, CampaignService campaigns, CatalogService catalog) {
        this.pipeline = pipeline;
        this.campaigns = campaigns;
        this.catalog = catalog;
    }

    BotReply.Form newDeal(CommandContext context) {
        return new BotReply.Form(
                "opp.new", Message.of("form.newDeal.title"), "/opp new", dealFields(context, null), Map.of());
    }

    BotReply.Form editDeal(CommandContext context, DealView deal) {
        return new BotReply.Form(
                "opp.edit",
                Message.of("form.editDeal.title", deal.number(), deal.name()),
                "/opp edit",
                dealFields(context, deal),
                Map.of("deal", "#" + deal.number(), "version", String.valueOf(deal.version())));
    }

    BotReply.Form loseDeal(DealView deal, String version) {
        List<FormField> fields =
                List.of(new FormField("reason", Message.of("field.reason"), Type.LONG_TEXT, true, null, List.of()));
        return new BotReply.Form(
                "opp.lost",
                Message.of("form.loseDeal.title", deal.number(), deal.name()),
                "/opp lost",
                fields,
                fixed(deal, version));
    }

    BotReply.Form addProduct(CommandContext context, DealView deal) {
        List<Choice> products = catalog.list(context.actor()).stream()
                .map(product -> new Choice(product.name(), product.name()))
                .toList();
        List<FormField> fields = List.of(
                new FormField(
                        "product",
                        Message.of("field.product"),
                        products.isEmpty() ? Type.TEXT : Type.CHOICE,
                        true,
                        null,
                        products),
                new FormField("qty", Message.of("field.qty"), Type.NUMBER, false, "1", List.of()),
                new FormField("price", Message.of("field.price"), Type.AMOUNT, false, null, List.of()),
                new FormField("discount", Message.of("field.discount"), Type.NUMBER, false, null, List.of()),
                new FormField("note", Message.of("field.note"), Type.LONG_TEXT, false, null, List.of()));
        return new BotReply.Form(
                "opp.product",
                Message.of("form.addProduct.title", deal.number(), deal.name()),
                "/opp product",
                fields,
                Map.of("deal", "#" + deal.number()));
    }

    private static Map<String, String> fixed(DealView deal, String version) {
        return version == null
                ? Map.of("deal", "#" + deal.number())
                : Map.of("deal", "#" + deal.number(), "version", version);
    }

    private List<FormField> dealFields(CommandContext context, DealView deal) {
        boolean editing = deal != null;
        List<FormField> fields = new ArrayList<>();
        fields.add(FormField.text("name", Message.of("field.name"), true, editing ? deal.name() : null));
        fields.add(new FormField(
                "amount",
                Message.of("field.amount"),
                Type.AMOUNT,
                false,
                editing && deal.revenue().amountExplicit()
                        ? plain(deal.revenue().estimated())
                        : null,
                List.of()));
        fields.add(new FormField(
                "close",
                Message.of("field.close"),
                Type.DATE,
                false,
                editing && deal.progress().closeDate() != null
                        ? deal.progress().closeDate().toString()
                        : null,
                List.of()));
        fields.add(FormField.text("customer", Message.of("field.customer"), false, editing ? deal.customer() : null));
        if (!editing) {
            fields.add(
                    new FormField("stage", Message.of("field.stage"), Type.CHOICE, false, null, openStages(context)));
        }
        fields.add(new FormField(
                "type",
                Message.of("field.type"),
                Type.CHOICE,
                false,
                editing ? deal.origin().type() : null,
                pipeline.types(context.actor()).stream()
                        .map(code -> new Choice(code, new Code("type", code)))
                        .toList()));
        fields.add(new FormField(
                "prob",
                Message.of("field.prob"),
                Type.NUMBER,
                false,
                editing && deal.progress().probabilityExplicit()
                        ? String.valueOf(deal.progress().probability())
                        : null,
                List.of()));
        fields.add(new FormField(
                "campaign",
                Message.of("field.campaign"),
                Type.CHOICE,
                false,
                editing ? deal.origin().campaign() : null,
                campaigns.list(context.actor()).stream()
                        .map(CampaignView::name)
                        .map(name -> new Choice(name, name))
                        .toList()));
        fields.add(new FormField(
                "source",
                Message.of("field.source"),
                Type.CHOICE,
                false,
                editing ? deal.origin().leadSource() : null,
                campaigns.sources(context.actor()).stream()
                        .map(code -> new Choice(code, new Code("source", code)))
                        .toList()));
        fields.add(new FormField(
                "description",
                Message.of("field.description"),
                Type.LONG_TEXT,
                false,
                editing ? deal.description() : null,
                List.of()));
        return fields;
    }

    private List<Choice> openStages(CommandContext context) {
        return pipeline.stages(context.actor()).stream()
                .filter(stage -> stage.kind() == StageKind.OPEN)
                .map(stage -> new Choice(stage.name(), stage))
                .toList();
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }
}
