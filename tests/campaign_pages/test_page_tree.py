"""Where each page type may live in the tree, checked with Wagtail's own asserts."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from campaign_pages.models import CampaignIndexPage, CampaignPage
from home.models import HomePage, StandardPage
from newsletter.models import NewsletterIndexPage
from participation.contributions.models import ConsultationPage
from participation.debates.models import DebatePage


class TestPageTree(WagtailPageTestCase):
    def test_home_page_holds_the_campaign_index_the_newsletter_archive_and_standard_pages(self):
        self.assertAllowedSubpageTypes(
            HomePage, {CampaignIndexPage, NewsletterIndexPage, StandardPage}
        )

    def test_home_page_sits_only_under_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_campaign_index_holds_only_campaigns(self):
        self.assertAllowedSubpageTypes(CampaignIndexPage, {CampaignPage})

    def test_campaign_index_sits_only_under_the_home_page(self):
        self.assertAllowedParentPageTypes(CampaignIndexPage, {HomePage})

    def test_campaign_page_sits_only_under_the_campaign_index(self):
        self.assertAllowedParentPageTypes(CampaignPage, {CampaignIndexPage})

    def test_campaign_page_holds_its_participation_spaces(self):
        self.assertAllowedSubpageTypes(CampaignPage, {ConsultationPage, DebatePage})

    def test_a_contribution_space_sits_under_a_campaign_and_holds_nothing(self):
        self.assertAllowedParentPageTypes(ConsultationPage, {CampaignPage})
        self.assertAllowedSubpageTypes(ConsultationPage, set())

    def test_a_debate_sits_under_a_campaign_and_holds_nothing(self):
        self.assertAllowedParentPageTypes(DebatePage, {CampaignPage})
        self.assertAllowedSubpageTypes(DebatePage, set())

    def test_standard_page_sits_under_the_home_page_or_another_standard_page(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})

    def test_standard_page_holds_only_standard_pages(self):
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})

    def test_editors_can_create_the_expected_children(self):
        self.assertCanCreateAt(HomePage, CampaignIndexPage)
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanCreateAt(CampaignIndexPage, CampaignPage)
        self.assertCanCreateAt(StandardPage, StandardPage)

    def test_editors_cannot_put_a_campaign_anywhere_but_in_the_index(self):
        self.assertCanNotCreateAt(HomePage, CampaignPage)
        self.assertCanNotCreateAt(StandardPage, CampaignPage)
        self.assertCanNotCreateAt(CampaignPage, CampaignPage)
        self.assertCanNotCreateAt(Page, CampaignIndexPage)
