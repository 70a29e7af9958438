import { Route, Routes } from 'react-router-dom';
import { CampaignDetail } from '../CampaignDetail';
import { CampaignList } from './CampaignList';

/** The FlexInfra page's Campaigns tab: the list, and a campaign's page. */
export const CampaignsTab = () => (
  <Routes>
    <Route path="/" element={<CampaignList />} />
    <Route path="/:campaignId" element={<CampaignDetail />} />
  </Routes>
);
