"""Factories for contribution spaces and what residents post in them."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone

from participation.contributions.models import ConsultationPage, Contribution
from participation.debates.models import DebatePage

from ..factories import UserFactory


class ConsultationPageFactory(wagtail_factories.PageFactory):
    """A space open since 1 March 2025, closing on 30 June 2025 unless told otherwise."""

    title = factory.Sequence(lambda n: f"Espace de contributions {n}")
    question = "Comment voulez-vous repenser le parc ?"
    opens_at = factory.LazyFunction(
        lambda: timezone.make_aware(datetime.datetime(2025, 3, 1, 9, 0))
    )
    closes_at = factory.LazyFunction(
        lambda: timezone.make_aware(datetime.datetime(2025, 6, 30, 23, 59))
    )

    class Meta:
        model = ConsultationPage


class ContributionFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Proposition {n}")
    body = "Planter des arbres fruitiers le long de l'allée centrale."
    author = factory.SubFactory(UserFactory)

    class Meta:
        model = Contribution


class DebatePageFactory(wagtail_factories.PageFactory):
    """A debate with the default options (Pour, Contre, Abstention), open like the space above."""

    title = factory.Sequence(lambda n: f"Débat {n}")
    question = "Faut-il fermer l'allée centrale aux voitures ?"
    opens_at = factory.LazyFunction(
        lambda: timezone.make_aware(datetime.datetime(2025, 3, 1, 9, 0))
    )
    closes_at = factory.LazyFunction(
        lambda: timezone.make_aware(datetime.datetime(2025, 6, 30, 23, 59))
    )

    class Meta:
        model = DebatePage
