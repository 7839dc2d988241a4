/** The portfolio, what I learned in the last weeks, as a pupil tool: see src/features/README.md. */
import { lazy } from 'preact-iso';
import type { PortfolioItemRow } from '../../db';
import { byCount, hasText, sheetPart, type PupilTool } from '../tool-contract';
import { listPortfolio, portfolioSince, updatePortfolioItem } from './portfolio-repo';
import { SheetPortfolio, TalkPortfolio } from './SheetPortfolio';
import { PaperPortfolio } from './PaperPortfolio';
import { BlankPortfolio } from './BlankPortfolio';

declare module '../tool-contract/preparation' {
  interface PartRows {
    portfolio: PortfolioItemRow;
  }
}
declare module '../tool-contract/contract' {
  interface PartItems {
    portfolio: PortfolioItemRow;
  }
}

export const portfolioTool: PupilTool = {
  id: 'portfolio',
  name: 'pathToolPortfolio',
  picture: 'portfolio',
  routes: [
    {
      path: '/portfolio',
      screen: lazy(() => import('./PortfolioScreen').then((m) => m.PortfolioScreen)),
    },
    {
      path: '/portfolio/:itemId',
      screen: lazy(() => import('./PortfolioItemScreen').then((m) => m.PortfolioItemScreen)),
    },
  ],
  // Done with one thing learned that has a level: evidence for the conversation.
  state: ({ portfolio }) =>
    byCount(
      portfolio.filter((item) => item.level && (hasText(item.title) || item.photoMediaId)).length,
      portfolio.length,
      1,
    ),
  parts: [
    sheetPart({
      id: 'portfolio',
      paper: 'front',
      madeWith: ['portfolio'],
      names: { sheet: 'sheetPortfolio', pupil: 'pathToolPortfolio', talk: 'talkPartPortfolio' },
      picture: 'portfolio',
      phase: 'delen',
      read: {
        pupil: (pupilId) => listPortfolio(pupilId),
        round: (round) => portfolioSince(round.lookBackFrom),
      },
      // The round's look-back window, without what was thrown away, newest day first.
      arrange: (items, round) =>
        items
          .filter((item) => item.deletedAt === undefined && item.day >= round.lookBackFrom)
          .sort((a, b) => b.day.localeCompare(a.day) || b.createdAt - a.createdAt),
      // What the pupil is proud of first, then the newest.
      items: ({ portfolio }) =>
        portfolio
          .filter((item) => hasText(item.title) || item.photoMediaId)
          .sort((a, b) => Number(b.proud) - Number(a.proud) || b.day.localeCompare(a.day)),
      key: (item) => item.id,
      choices: (items, t) =>
        items.map((item) => ({
          key: `p-${item.id}`,
          name: item.title || t('portfolioUntitled'),
          share: item.share,
          photoMediaId: item.photoMediaId,
          change: (pupilId, _round, share) => updatePortfolioItem(pupilId, item.id, { share }),
        })),
      Sheet: SheetPortfolio,
      Paper: PaperPortfolio,
      Blank: BlankPortfolio,
      paperMedia: (item) => (item.photoMediaId ? [item.photoMediaId] : []),
      Talk: TalkPortfolio,
    }),
  ],
};
