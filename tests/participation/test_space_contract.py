"""What every participation space type owes its campaign and its residents, checked for each
type Wagtail knows (described in space_specs.py): pages whose queries do not grow with the
number of items, personal data that holds what a resident did, moderation of each item type,
and the contract a campaign reads (teaser, timeline steps, follow, allowed child types).
(Who may do what, phase by phase: test_space_contract_permissions.py.)"""

import datetime
import json

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts import personal_data
from campaign_pages.models import CampaignPage
from participation.common import moderated as registry
from participation.common.spaces import space_models
from participation.moderation import services as moderation

from ..factories import UserFactory
from .helpers import visible_text
from .space_specs import SPECS, action_params, action_url, item_url, space_params, spec_of

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("open_today")]

# Query counts


def queries_of(client, url):
    """The queries a page takes once the caches (site, content types) are warm."""
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def pages_with(spec, campaign, authors, n):
    """A space holding n items, its first item holding n reactions: its two addresses."""
    space = spec.factory(parent=campaign)
    items = spec.populate(space, authors, n)
    return {"space page": space.url, "item page": item_url(space, spec, items[0])}


@pytest.mark.parametrize("reader", ["visitor", "resident"])
@pytest.mark.parametrize("page", ["space page", "item page"])
@pytest.mark.parametrize("model", space_params())
def test_a_page_takes_as_many_queries_for_40_items_as_for_5_under_a_fixed_ceiling(
    client, campaign, django_assert_max_num_queries, model, page, reader
):
    spec = spec_of(model)
    authors = UserFactory.create_batch(3)
    few = pages_with(spec, campaign, authors, 5)[page]
    many = pages_with(spec, campaign, authors, 40)[page]
    if reader == "resident":
        client.force_login(authors[1])  # who wrote, reacted and voted there
    with_few = queries_of(client, few)
    client.get(many)

    with django_assert_max_num_queries(spec.max_queries[page, reader]) as with_many:
        assert client.get(many).status_code == 200

    assert len(with_many) == with_few


# Personal data


@pytest.mark.parametrize(("model", "action_name"), action_params())
def test_what_a_resident_did_in_a_space_is_in_their_personal_data(
    client, campaign, model, action_name
):
    spec = spec_of(model)
    action = spec.actions[action_name]
    space = spec.factory(parent=campaign)
    item = spec.make_item(space, UserFactory())
    resident = UserFactory()
    client.force_login(resident)
    data = action.data(space, item)
    trace = action.trace(space, item, data)
    assert trace not in json.dumps(personal_data.collect(resident), ensure_ascii=False)

    assert client.post(action_url(space, spec, action, item), data).status_code == 302

    assert trace in json.dumps(personal_data.collect(resident), ensure_ascii=False)


# Moderation


def moderated_params():
    return [pytest.param(kind, id=kind.slug) for kind in registry.all_types()]


def space_spec_holding(kind):
    for model, spec in SPECS.items():
        if kind.model in spec.moderated:
            return model, spec
    pytest.fail(f"No space spec says where {kind.model._meta.label} items live: add them there.")


@pytest.fixture
def moderator(db):
    user = UserFactory(display_name="Modératrice", is_staff=True)
    user.groups.add(Group.objects.get(name="Modération"))
    return user


@pytest.mark.parametrize("kind", moderated_params())
def test_a_hidden_item_stays_shows_its_reason_and_counts_again_once_restored(
    client, campaign, moderator, kind
):
    model, spec = space_spec_holding(kind)
    moderated = spec.moderated[kind.model]
    space = spec.factory(parent=campaign)
    item = moderated.make(space, UserFactory.create_batch(2))
    assert isinstance(kind.space_of(item), model) and kind.space_of(item).pk == space.pk
    counted = moderated.counter(item)
    text = kind.text_of(item)

    moderation.hide(item, moderator, "off_topic", "Rien à voir avec le parc.")

    assert kind.model.objects.get(pk=item.pk).is_hidden
    assert moderated.counter(item) == counted - 1
    public = visible_text(client.get(kind.url_of(item)))
    assert "Masqué par la modération : Hors sujet : Rien à voir avec le parc." in public
    assert text not in public

    moderation.restore(item, moderator)

    assert moderated.counter(item) == counted
    public = visible_text(client.get(kind.url_of(item)))
    assert text in public and "Masqué par la modération" not in public


# The contract with the campaign


@pytest.mark.parametrize("model", space_params())
def test_a_space_is_teased_on_its_campaign_page_without_a_block(client, campaign, model):
    space = spec_of(model).factory(parent=campaign, title="Un espace sans bloc")

    response = client.get(campaign.url)

    assert response.status_code == 200
    assert f'id="space-{space.pk}-title"' in response.content.decode()
    assert "Un espace sans bloc" in visible_text(response)


def test_the_campaign_lists_its_live_spaces_in_the_order_of_the_page_tree(client, campaign):
    models = [*space_models(), *reversed(space_models())]
    spaces = [spec_of(model).factory(parent=campaign) for model in models]
    draft = spec_of(models[0]).factory(parent=campaign, live=False)

    page = client.get(campaign.url).content.decode()

    positions = [page.index(f'id="space-{space.pk}-title"') for space in spaces]
    assert positions == sorted(positions)
    assert f'id="space-{draft.pk}-title"' not in page


STEP_KEYS = {"kind", "start_date", "end_date", "title", "text", "link_url", "link_label"}


@pytest.mark.parametrize("model", space_params())
def test_a_space_gives_well_formed_timeline_steps(campaign, model):
    space = spec_of(model).factory(parent=campaign)

    for step in space.timeline_steps():
        assert STEP_KEYS <= set(step)
        assert isinstance(step["start_date"], datetime.date)
        assert step["end_date"] is None or isinstance(step["end_date"], datetime.date)
        assert all(isinstance(step[key], str) for key in ("kind", "text", "link_url"))
        assert str(step["title"]) and str(step["link_label"])


@pytest.mark.parametrize("model", space_params())
def test_a_space_says_whether_it_can_be_followed(model):
    assert isinstance(model.followable, bool)


def test_a_campaign_accepts_exactly_the_space_types_as_children():
    allowed = CampaignPage.allowed_subpage_models()

    assert sorted(allowed, key=str) == sorted(space_models(), key=str)
    assert all(CampaignPage in model.allowed_parent_page_models() for model in space_models())
