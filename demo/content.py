"""The demo site's own words: settings, home page, campaign list and reference pages."""

SITE_SETTINGS = {
    "city_name": "Nanterre",
    "tagline": "Les concertations de Nanterre, en ligne et près de chez vous",
    "contact_email": "agora@nanterre.example",
    "contact_address": (
        "L'Agora, maison des initiatives citoyennes\nDirection de la vie citoyenne\n92000 Nanterre"
    ),
    "map_latitude": "48.89200",
    "map_longitude": "2.20700",
    "map_zoom": 14,
    "tile_url": "",
    "tile_attribution": "",
}

HOME_TITLE = "Accueil"
HOME_INTRO = (
    "<p>Agora est la plateforme de participation de Nanterre. Chaque projet soumis à "
    "concertation y est présenté, expliqué et suivi, de la première réunion à la décision. "
    "Donnez votre avis en ligne ou lors des ateliers, seul ou au nom d'un collectif.</p>"
    "<p>Depuis son ouverture, <b>25 000 visiteurs</b> sont venus, <b>838 habitants</b> se "
    "sont inscrits et près de <b>2 000 contributions</b> ont nourri <b>12 concertations</b>.</p>"
)

INDEX_SLUG = "campagnes"
INDEX_TITLE = "Campagnes"
INDEX_INTRO = (
    "<p>Toutes les concertations de la ville : celles qui sont ouvertes, celles qui arrivent "
    "et celles dont les résultats sont publiés.</p>"
)

CHARTER = {
    "slug": "charte-de-participation",
    "title": "Charte de participation",
    "body": """
<h2>Pourquoi une charte ?</h2>
<p>Agora est un espace public : chacun peut y lire, proposer, débattre et voter. Pour que la
discussion reste utile et agréable, toutes les personnes qui participent, habitants comme
agents de la ville, s'engagent à respecter les règles qui suivent.</p>
<h2>Qui peut participer ?</h2>
<p>Toute personne qui vit, travaille ou étudie à Nanterre peut contribuer, quel que soit son
âge ou sa nationalité. Une adresse électronique suffit pour s'inscrire. Vous participez sous un
pseudonyme : votre adresse et votre nom ne sont jamais affichés.</p>
<h2>Vos engagements</h2>
<ul>
<li>Respecter les autres participants et leurs opinions : pas d'insulte, de moquerie ni
d'attaque personnelle.</li>
<li>Ne tenir aucun propos raciste, sexiste, homophobe, discriminatoire, diffamatoire ou
contraire à la loi.</li>
<li>Ne publier aucune information personnelle sur autrui (nom, adresse, photo) sans son
accord.</li>
<li>Rester dans le sujet de la concertation ; la publicité, le démarchage et la propagande
électorale n'ont pas leur place ici.</li>
<li>Citer vos sources quand vous reprenez un texte ou un chiffre.</li>
<li>Pour une contribution collective, indiquer honnêtement le nom du groupe, la date, le lieu
et le nombre de participants de la rencontre.</li>
</ul>
<h2>La modération</h2>
<p>Les contributions sont publiées immédiatement. L'équipe de l'Agora les relit ensuite et
peut masquer un contenu qui enfreint la charte. Un contenu masqué n'est jamais supprimé : il
reste conservé et la page indique qu'il a été masqué par la modération, avec le motif.
Chaque participant peut signaler un contenu qui lui semble contraire à la charte.</p>
<p>Si votre contribution a été masquée et que vous contestez cette décision, écrivez à
l'équipe de l'Agora : elle réexaminera votre demande et vous répondra.</p>
<h2>Les engagements de la ville</h2>
<ul>
<li>Présenter chaque projet clairement, avec ses documents et son calendrier.</li>
<li>Lire toutes les contributions et répondre publiquement aux propositions.</li>
<li>Publier une synthèse de chaque concertation et expliquer les décisions prises, y compris
lorsqu'une proposition n'est pas retenue.</li>
</ul>
<h2>Vos données</h2>
<p>Vos données servent uniquement à faire fonctionner la plateforme et à vous tenir informé
des concertations que vous suivez. Vous pouvez à tout moment les télécharger ou supprimer
votre compte depuis votre profil.</p>
""",
}

ACCESSIBILITY = {
    "slug": "accessibilite",
    "title": "Déclaration d'accessibilité",
    "body": """
<p>La ville de Nanterre s'engage à rendre ses sites internet accessibles conformément à
l'article 47 de la loi n° 2005-102 du 11 février 2005. Cette déclaration s'applique à la
plateforme de participation Agora.</p>
<h2>État de conformité</h2>
<p>La plateforme n'a pas encore fait l'objet d'un audit de conformité au référentiel général
d'amélioration de l'accessibilité (RGAA 4.1). En l'attente de cet audit, elle est déclarée
non conforme.</p>
<h2>Ce que nous faisons déjà</h2>
<ul>
<li>Chaque émission audio est accompagnée de sa transcription écrite.</li>
<li>Chaque carte est doublée d'une liste des lieux, consultable sans souris.</li>
<li>La frise chronologique des projets se parcourt au clavier et avec un lecteur d'écran.</li>
<li>Les documents sont indiqués avec leur format et leur taille.</li>
</ul>
<h2>Retour d'information et contact</h2>
<p>Si vous ne parvenez pas à accéder à un contenu ou à un service, écrivez à l'équipe de
l'Agora (agora@nanterre.example) : nous vous proposerons une autre façon d'y accéder.</p>
<h2>Voies de recours</h2>
<p>Si vous nous avez signalé un défaut d'accessibilité et que vous n'avez pas obtenu de
réponse satisfaisante, vous pouvez saisir le Défenseur des droits : par son formulaire en
ligne, en contactant son délégué dans votre région, ou par courrier (gratuit, sans timbre) à
l'adresse Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.</p>
""",
}

LEGAL = {
    "slug": "mentions-legales",
    "title": "Mentions légales",
    "body": """
<h2>Éditeur</h2>
<p>Ville de Nanterre, hôtel de ville, 92000 Nanterre. La plateforme est animée par l'Agora,
maison des initiatives citoyennes (direction de la vie citoyenne).</p>
<p>Directeur de la publication : le maire de Nanterre.</p>
<h2>Hébergement</h2>
<p>Le nom, l'adresse et le téléphone de l'hébergeur figurent ici, comme l'exige l'article 6
de la loi pour la confiance dans l'économie numérique.</p>
<h2>Logiciel</h2>
<p>Agora est un logiciel libre, publié sous licence AGPL-3.0 et construit avec Wagtail et
Django. Aucun script, aucune police et aucune carte ne sont chargés depuis un autre site.</p>
<h2>Données personnelles</h2>
<p>Responsable du traitement : la ville de Nanterre. Les données collectées (adresse
électronique, pseudonyme, contributions) servent à la participation aux concertations et à
l'envoi des informations que vous avez demandées. Elles ne sont ni vendues ni cédées.</p>
<p>Vous disposez d'un droit d'accès, de rectification, d'effacement et de portabilité de vos
données : exercez-le depuis votre profil ou en écrivant à agora@nanterre.example. Vous pouvez
aussi adresser une réclamation à la Commission nationale de l'informatique et des libertés
(CNIL).</p>
<h2>Cookies</h2>
<p>Le site n'utilise que les cookies nécessaires à son fonctionnement (session et protection
des formulaires). Il ne dépose aucun cookie de mesure d'audience ni de publicité.</p>
""",
}

STANDARD_PAGES = {"charter_page": CHARTER, "accessibility_page": ACCESSIBILITY, "legal_page": LEGAL}

SECTORS = {
    "toute-la-ville": "Toute la ville",
    "quartier-du-parc": "Quartier du Parc",
    "les-groues": "Les Groues",
    "la-boule": "La Boule",
    "bords-de-seine": "Bords de Seine",
}

ORGANIZERS = ["Ville de Nanterre", "L'Agora, maison des initiatives citoyennes"]
