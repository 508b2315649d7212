"""The demo accounts: one per role, all with the same password."""

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from .errors import DemoError

DEMO_PASSWORD = "agora-demo"  # noqa: S105 (published on purpose: demo sites only)

# email, pseudonym, is superuser, groups
ACCOUNTS = [
    ("admin@agora.test", "Admin Agora", True, []),
    ("redaction@agora.test", "Rédaction", False, ["Rédaction"]),
    ("moderation@agora.test", "Modération", False, ["Modération"]),
    ("habitant@agora.test", "Voisin du parc", False, []),
]

# The residents who wrote the demo's contributions (see spaces_*.py): email, pseudonym.
RESIDENTS = [
    ("mireille@agora.test", "Mireille du kiosque"),
    ("karim@agora.test", "Karim du Petit-Nanterre"),
    ("lucie@agora.test", "Lucie à vélo"),
    ("ines@agora.test", "Inès naturaliste"),
    ("bernard@agora.test", "Bernard le retraité"),
    ("fatou@agora.test", "Fatou des Provinces"),
    ("thomas@agora.test", "Thomas archéo"),
    ("passant@agora.test", "Passant pressé"),
]

# Residents who voted in the demo's debates (see debates_*.py), a few of whom also argued there.
# They cannot sign in (no password): created in one query, they keep the demo fast to load.
VOTER_FIRST_NAMES = [
    "Amina", "Jean-Luc", "Sofia", "Mehdi", "Claire", "Youssef", "Nathalie", "Ibrahim",
    "Élodie", "Samir", "Monique", "Kevin", "Aïcha", "Pascal", "Léa", "Moussa",
    "Sandrine", "Hugo", "Nadia", "Gérard", "Camille", "Bilal", "Josiane", "Tom",
]  # fmt: skip
VOTER_QUARTERS = [
    "du Centre", "du Vieux-Pont", "des Fontenelles", "du Chemin-de-l'Île",
    "de l'Université", "du Plateau", "des Champs-Pierreux", "du Mont-Valérien",
]  # fmt: skip
VOTERS = [
    (
        f"voisin{n + 1:02d}@agora.test",
        f"{VOTER_FIRST_NAMES[n % 24]} {VOTER_QUARTERS[(n + n // 24) % 8]}",
    )
    for n in range(48)
]


def ensure_users():
    """Create or reset the demo accounts; return them in the order of ACCOUNTS."""
    return [ensure_user(*account) for account in ACCOUNTS]


def ensure_residents():
    """Create the demo residents that are missing; return them in the order of RESIDENTS.

    Unlike the role accounts, existing residents are left as they are: hashing a password is
    slow, and there are several of them.
    """
    existing = {
        user.email.lower(): user
        for user in get_user_model().objects.filter(email__in=[e for e, _ in RESIDENTS])
    }
    return [
        existing.get(email) or ensure_user(email, pseudonym, False, [])
        for email, pseudonym in RESIDENTS
    ]


def ensure_voters():
    """Create the voters that are missing, without a password; return them by address."""
    User = get_user_model()
    emails = [email for email, _ in VOTERS]
    existing = set(User.objects.filter(email__in=emails).values_list("email", flat=True))
    now = timezone.now()
    missing = []
    for email, pseudonym in VOTERS:
        if email not in existing:
            user = User(email=email, display_name=pseudonym, charter_accepted_at=now)
            user.set_unusable_password()
            missing.append(user)
    User.objects.bulk_create(missing)
    return {user.email: user for user in User.objects.filter(email__in=emails)}


def ensure_user(email, pseudonym, superuser, group_names):
    groups = list(Group.objects.filter(name__in=group_names))
    if len(groups) != len(group_names):
        raise DemoError(f"Groupes introuvables ({', '.join(group_names)}) : lancez « migrate ».")
    User = get_user_model()
    user = User.objects.filter(email__iexact=email).first() or User(email=email)
    user.display_name = pseudonym
    user.is_active = True
    user.is_staff = superuser
    user.is_superuser = superuser
    user.set_password(DEMO_PASSWORD)
    user.charter_accepted_at = user.charter_accepted_at or timezone.now()
    user.save()
    user.groups.set(groups)
    # Demo addresses count as confirmed, so that every sign-in setting lets them in.
    EmailAddress.objects.update_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )
    return user
