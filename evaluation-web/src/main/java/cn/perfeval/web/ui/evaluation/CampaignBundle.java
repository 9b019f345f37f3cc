package cn.perfeval.web.ui.evaluation;

/** A campaign whose published reports can be packed as one ZIP, with how many there are (public for the templates). */
public record CampaignBundle(long campaignId, String name, long published) {
}
