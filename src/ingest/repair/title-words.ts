/** Words that name the kind of document in a declaration title. */
export const TITLE_WORDS = /宣言|声明|聲明|公报|公報|纪要|紀要|declaration|statement|communiqu|декларац|заявлени|коммюнике/iu;
