from .pages import NewsletterIndexPage, NewsletterPage
from .sending import NewsletterDelivery, NewsletterSend, NewsletterSubscriber

__all__ = [
    "NewsletterDelivery",
    "NewsletterIndexPage",
    "NewsletterPage",
    "NewsletterSend",
    "NewsletterSubscriber",
]
